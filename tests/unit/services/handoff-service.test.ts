// Two tablets' stores, no network: A shows a visit's code, B takes it once and queues it too.
import { afterEach, describe, expect, it } from 'vitest';
import type { VaxDb } from '../../../src/data/db';
import { OutboxRepository } from '../../../src/data/outbox-repo';
import { RecordRepository } from '../../../src/data/record-repo';
import { exportPublicKey, generateDeviceKey } from '../../../src/domain/device-export';
import type { SiteDevice } from '../../../src/domain/handoff/site-devices';
import { createChangeSignal } from '../../../src/services/change-signal';
import { createHandoffService } from '../../../src/services/handoff-service';
import { checkinRecord, numberedCheckin, screeningRecord, SITE } from '../../support/records';
import { freshDb } from '../data/fixtures';

const A = '01937a1e-0000-7000-8000-00000000000a';
const B = '01937a1e-0000-7000-8000-00000000000b';
const NOW = () => new Date('2026-11-23T10:00:00+07:00');
const dbs: VaxDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function tablet(deviceId: string, devices: () => SiteDevice[]) {
  const db = freshDb();
  dbs.push(db);
  const key = await generateDeviceKey();
  const records = new RecordRepository(db);
  let saves = 0;
  const service = createHandoffService({
    records,
    outbox: new OutboxRepository(db),
    devices: async () => devices(),
    device: () => ({ deviceId, siteId: SITE, key }),
    changes: createChangeSignal(),
    onSaved: async () => void (saves += 1),
    now: NOW,
  });
  const listed: SiteDevice = {
    id: deviceId,
    name: deviceId.slice(-1),
    publicKey: await exportPublicKey(key.publicKey),
    revokedAt: null,
  };
  return { db, records, outbox: new OutboxRepository(db), service, listed, saves: () => saves };
}

describe('hand-off service', () => {
  it('B takes the visit A shows, queues it for the server, and a second scan adds nothing', async () => {
    const list: SiteDevice[] = [];
    const a = await tablet(A, () => list);
    const b = await tablet(B, () => list);
    list.push(a.listed, b.listed);
    const checkin = checkinRecord(SITE, 'staff-volunteer-1');
    const screening = screeningRecord(SITE, 'staff-doctor-1', { visitKey: checkin.visitKey });
    await a.records.add(checkin);
    await a.records.add(screening);

    const code = await a.service.visitCode(checkin.visitKey);
    const first = await b.service.receive(code);
    expect(first).toMatchObject({ ok: true, visitKey: checkin.visitKey, added: 2 });
    expect(first.ok && first.visit?.stage).toBe('waiting-injection');
    expect(await b.records.byVisitKeys([checkin.visitKey])).toEqual(
      expect.arrayContaining([checkin, screening]),
    );
    // Queued on B as well: whichever tablet meets the network first pushes them.
    expect(await b.outbox.count()).toBe(2);
    expect(await a.outbox.count()).toBe(2);
    expect(b.saves()).toBe(1);

    const again = await b.service.receive(code);
    expect(again).toMatchObject({ ok: true, added: 0 });
    expect(await b.outbox.count()).toBe(2);
    expect(b.saves()).toBe(1);
  });

  it('refuses a code from a tablet missing from the list, and stores nothing', async () => {
    const a = await tablet(A, () => []);
    const b = await tablet(B, () => [b.listed]);
    const checkin = checkinRecord(SITE, 'staff-volunteer-1');
    await a.records.add(checkin);
    const code = await a.service.visitCode(checkin.visitKey);
    expect(await b.service.receive(code)).toEqual({ ok: false, reason: 'unknown-device' });
    expect(await b.outbox.count()).toBe(0);
    expect(await b.records.byVisitKeys([checkin.visitKey])).toEqual([]);
  });

  it('moves every unsent record as frames through 20 % loss; both tablets keep them queued', async () => {
    const list: SiteDevice[] = [];
    const a = await tablet(A, () => list);
    const b = await tablet(B, () => list);
    list.push(a.listed, b.listed);
    const day = Array.from({ length: 60 }, (_, i) => numberedCheckin(i + 1));
    for (const record of day) await a.records.add(record);

    const transfer = await a.service.dayTransfer();
    expect(transfer.count).toBe(60);
    let frame = 0;
    let receipt = await b.service.receiveFrame(transfer.frame(frame));
    while (receipt.kind === 'progress') {
      frame += 1;
      if (frame % 5 !== 0) receipt = await b.service.receiveFrame(transfer.frame(frame));
    }
    expect(receipt).toEqual({ kind: 'done', added: 60, count: 60 });
    expect(await b.outbox.count()).toBe(60);
    expect(await a.outbox.count()).toBe(60);
    // Frames still shown after that change nothing, and say the same.
    expect(await b.service.receiveFrame(transfer.frame(frame + 1))).toEqual(receipt);
    expect(await b.outbox.count()).toBe(60);
  });

  it('refuses a whole day from a revoked tablet', async () => {
    const list: SiteDevice[] = [];
    const a = await tablet(A, () => list);
    const b = await tablet(B, () => list);
    list.push({ ...a.listed, revokedAt: '2026-11-23T01:00:00.000Z' }, b.listed);
    await a.records.add(numberedCheckin(1));
    const transfer = await a.service.dayTransfer();
    let receipt = await b.service.receiveFrame(transfer.frame(0));
    for (let n = 1; receipt.kind === 'progress'; n++) {
      receipt = await b.service.receiveFrame(transfer.frame(n));
    }
    expect(receipt).toEqual({ kind: 'refused', reason: 'revoked' });
    expect(await b.outbox.count()).toBe(0);
  });
});
