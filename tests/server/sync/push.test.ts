import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { push } from '../helpers/api';
import { checkinBatch, checkinRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

let t: TestApp;
let device: Device;
beforeEach(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
});
afterEach(() => t.close());

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value).reverse();
  return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]));
}

const stored = () => recordsRepo(t.store).countForSite(SITE.id);

describe('POST /api/v1/sync/push', () => {
  it('accepts new records and answers in request order', async () => {
    const records = [checkinRecord(SITE.id, NURSE.id), injectionRecord(SITE.id, NURSE.id)];
    const { status, body } = await push(t, device, records);
    expect(status).toBe(200);
    expect(body.results).toEqual(records.map((r) => ({ id: r.id, status: 'accepted' })));
    expect(await stored()).toBe(2);
  });

  it('answers a retried batch with duplicates and stores nothing twice', async () => {
    const records = checkinBatch(SITE.id, NURSE.id, 20);
    await push(t, device, records);
    // Same content, keys in another order: still the same record.
    const reordered = records.map(reverseKeys);
    const { body } = await push(t, device, reordered);
    expect(body.results.map((r) => r.status)).toEqual(Array(20).fill('duplicate'));
    expect(await stored()).toBe(20);
  });

  it('rejects a record with a different content under a stored id', async () => {
    const original = checkinRecord(SITE.id, NURSE.id);
    await push(t, device, [original]);
    const changed = { ...original, occurredAt: '2026-11-23T10:00:00.000+07:00' };
    const { body } = await push(t, device, [changed]);
    expect(body.results).toEqual([
      {
        id: original.id,
        status: 'rejected',
        errors: [expect.objectContaining({ field: 'id', code: 'conflict' })],
      },
    ]);
  });

  it('treats the same id twice in one batch like a retry or a conflict', async () => {
    const a = checkinRecord(SITE.id, NURSE.id);
    const b = checkinRecord(SITE.id, NURSE.id);
    const bChanged = { ...b, staffId: NURSE.id, occurredAt: '2026-11-23T11:00:00.000+07:00' };
    const { body } = await push(t, device, [a, a, b, bChanged]);
    expect(body.results.map((r) => r.status)).toEqual([
      'accepted',
      'duplicate',
      'accepted',
      'rejected',
    ]);
    expect(body.results[3]?.errors?.[0]?.code).toBe('conflict');
    expect(await stored()).toBe(2);
  });

  it('rejects invalid records with field errors without holding up the others', async () => {
    const good1 = checkinRecord(SITE.id, NURSE.id);
    const bad = checkinRecord(SITE.id, NURSE.id, { occurredAt: 'yesterday' });
    const good2 = injectionRecord(SITE.id, NURSE.id);
    const { status, body } = await push(t, device, [good1, bad, 'not a record', good2]);
    expect(status).toBe(200);
    expect(body.results.map((r) => r.status)).toEqual([
      'accepted',
      'rejected',
      'rejected',
      'accepted',
    ]);
    expect(body.results[1]).toMatchObject({
      id: bad.id,
      errors: [expect.objectContaining({ field: 'occurredAt' })],
    });
    expect(body.results[2]).toMatchObject({
      id: '',
      errors: [expect.objectContaining({ code: 'type' })],
    });
    expect(await stored()).toBe(2);
  });

  it("rejects another site's records and unknown staff", async () => {
    const otherSite = checkinRecord(OTHER_SITE.id, OTHER_NURSE.id);
    const strangerStaff = checkinRecord(SITE.id, 'nobody');
    const otherSitesStaff = checkinRecord(SITE.id, OTHER_NURSE.id);
    const { body } = await push(t, device, [otherSite, strangerStaff, otherSitesStaff]);
    expect(body.results).toEqual([
      {
        id: otherSite.id,
        status: 'rejected',
        errors: [expect.objectContaining({ field: 'siteId', code: 'wrong-site' })],
      },
      {
        id: strangerStaff.id,
        status: 'rejected',
        errors: [expect.objectContaining({ field: 'staffId', code: 'unknown-staff' })],
      },
      {
        id: otherSitesStaff.id,
        status: 'rejected',
        errors: [expect.objectContaining({ code: 'unknown-staff' })],
      },
    ]);
    expect(await stored()).toBe(0);
    expect(await recordsRepo(t.store).countForSite(OTHER_SITE.id)).toBe(0);
  });

  it('stores the flags of suspicious but valid records', async () => {
    // ID says born 1985, date of birth says 1990: accepted, flagged for the report.
    const suspicious = checkinRecord(SITE.id, NURSE.id, {
      data: {
        method: 'manual',
        citizen: { id: '001085123456', fullName: 'Trần Thị B', dob: '1990-01-01', sex: 'M' },
      },
    });
    const { body } = await push(t, device, [suspicious]);
    expect(body.results).toEqual([{ id: suspicious.id, status: 'accepted' }]);
    expect(await recordsRepo(t.store).flagsOf(suspicious.id)).toEqual([
      expect.objectContaining({ field: 'data.citizen.id', code: 'id-birthyear-mismatch' }),
    ]);
  });

  it.each([
    ['no records array', {}],
    ['records that is not an array', { records: 'x' }],
    ['a body that is an array', [checkinRecord(SITE.id, NURSE.id)]],
  ])('answers 400 JSON to %s', async (_label, payload) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: payload as object,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'bad-request', message: expect.any(String) });
  });

  it('answers 413 to more than 500 records and stores none of them', async () => {
    const { status, body } = await push(t, device, checkinBatch(SITE.id, NURSE.id, 501));
    expect(status).toBe(413);
    expect(body).toEqual({ error: 'payload-too-large', message: expect.any(String) });
    expect(await stored()).toBe(0);
  });

  it('answers 413 JSON to a body over 1 MiB', async () => {
    const big = checkinRecord(SITE.id, NURSE.id);
    const records = Array.from({ length: 400 }, () => ({ ...big, padding: 'x'.repeat(3000) }));
    const { status, body } = await push(t, device, records);
    expect(status).toBe(413);
    expect(body).toEqual({ error: 'payload-too-large', message: expect.any(String) });
    expect(await stored()).toBe(0);
  });

  it('accepts a full batch of 500', async () => {
    const { body } = await push(t, device, checkinBatch(SITE.id, NURSE.id, 500));
    expect(body.results.every((r) => r.status === 'accepted')).toBe(true);
    expect(await stored()).toBe(500);
  });

  it('answers 500 and writes nothing when the store fails mid-batch', async () => {
    const records = checkinBatch(SITE.id, NURSE.id, 5);
    // Break the batch once its records and their changes rows are written: the changes append
    // fails as it tells who hears the moved sites.
    const original = t.store.transaction;
    t.store.transaction = (fn) =>
      original((tx) =>
        fn({
          ...tx,
          appended: () => {
            throw new Error('disk full');
          },
        }),
      );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: { records },
    });
    t.store.transaction = original;
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal', message: expect.any(String) });
    expect(await stored()).toBe(0);
    expect(
      (await push(t, device, records)).body.results.every((r) => r.status === 'accepted'),
    ).toBe(true);
  });
});
