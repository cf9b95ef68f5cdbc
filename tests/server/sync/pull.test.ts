import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Registration } from '../../../src/domain/protocol';
import { pull, pullAll, push } from '../helpers/api';
import { checkinBatch, checkinRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_SITE,
  SITE,
  type TestApp,
} from '../helpers/test-app';
import { lotsRepo } from '../../../sync-server/src/store/repos/lots';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

function registration(n: number): Registration {
  return {
    id: `R${n}`,
    code: `C${n}`,
    sessionDate: '2026-11-23',
    priorityGroup: '1',
    citizen: { fullName: `Người ${n}`, dob: '1980-01-01', sex: 'F' },
    previousDoses: [{ date: '2026-06-01', vaccine: 'comirnaty', doseNumber: 1 }],
  };
}

describe('GET /api/v1/sync/pull', () => {
  it("delivers the site's reference data page by page until more is false", async () => {
    await lotsRepo(t.store).put(SITE.id, [
      { lot: 'FK1', vaccine: 'comirnaty', expiry: '2027-01-31', dosesAllocated: 600 },
    ]);
    await registrationsRepo(t.store).put(
      SITE.id,
      Array.from({ length: 25 }, (_, i) => registration(i)),
    );
    await registrationsRepo(t.store).put(OTHER_SITE.id, [registration(99)]);
    const device = await enrollDevice(t);

    const pages = await pullAll(t, device, 10);
    // 1 staff + 1 lot + 25 registrations = 27 changes in pages of 10.
    expect(pages.map((p) => p.changes.length)).toEqual([10, 10, 7]);
    expect(pages.map((p) => p.remaining)).toEqual([17, 7, 0]);
    expect(pages.map((p) => p.more)).toEqual([true, true, false]);
    const changes = pages.flatMap((p) => p.changes);
    expect(changes[0]).toEqual({ entity: 'staff', op: 'put', key: NURSE.id, data: NURSE });
    expect(changes[1]).toMatchObject({ entity: 'lot', key: 'FK1', data: { dosesAllocated: 600 } });
    expect(changes[2]).toEqual({
      entity: 'registration',
      op: 'put',
      key: 'R0',
      data: registration(0),
    });
    expect(changes.map((c) => c.key)).not.toContain('R99');

    // Cursors are monotonic: an old cursor replays from where it was, the last one is caught up.
    expect((await pull(t, device, pages[1]!.cursor, 10)).body.changes.map((c) => c.key)).toEqual(
      pages[2]!.changes.map((c) => c.key),
    );
    const caughtUp = await pull(t, device, pages[2]!.cursor);
    expect(caughtUp.body).toEqual({
      changes: [],
      cursor: pages[2]!.cursor,
      more: false,
      remaining: 0,
    });
  });

  it('returns only what changed after the cursor', async () => {
    const device = await enrollDevice(t);
    const [first] = await pullAll(t, device);
    await lotsRepo(t.store).put(SITE.id, [
      { lot: 'FK2', vaccine: 'spikevax', expiry: '2027-02-28', dosesAllocated: 100 },
    ]);
    const next = await pull(t, device, first!.cursor);
    expect(next.body.changes.map((c) => c.key)).toEqual(['FK2']);
  });

  it("delivers other devices' records and never echoes a device's own", async () => {
    const a = await enrollDevice(t, SITE.id, 'A');
    const b = await enrollDevice(t, SITE.id, 'B');
    const fromA = checkinRecord(SITE.id, NURSE.id);
    const fromB = checkinBatch(SITE.id, NURSE.id, 2);
    await push(t, a, [fromA]);
    await push(t, b, fromB);

    const recordsFor = async (device: typeof a) =>
      (await pullAll(t, device)).flatMap((p) => p.changes).filter((c) => c.entity === 'record');
    expect(await recordsFor(a)).toEqual(
      fromB.map((r) => ({ entity: 'record', op: 'put', key: r.id, data: r })),
    );
    expect(await recordsFor(b)).toEqual([
      { entity: 'record', op: 'put', key: fromA.id, data: fromA },
    ]);
    const otherSite = await enrollDevice(t, OTHER_SITE.id);
    expect(await recordsFor(otherSite)).toEqual([]);
  });

  it.each(['garbage!', 'djE6YWJj' /* v1:abc */, Buffer.from('v2:5').toString('base64url')])(
    'answers 400 to the bad cursor %s',
    async (cursor) => {
      const device = await enrollDevice(t);
      const res = await pull(t, device, cursor);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: 'bad-cursor' });
    },
  );

  it.each(['0', '5001', 'ten'])('answers 400 to limit=%s', async (limit) => {
    const device = await enrollDevice(t);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/sync/pull?limit=${limit}`,
      headers: device.headers,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'bad-request' });
  });
});
