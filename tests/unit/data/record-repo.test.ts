import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordRepository } from '../../../src/data/record-repo';
import type { VaxDb } from '../../../src/data/db';
import { freshDb } from './fixtures';
import { numberedCheckin } from '../../support/records';

let db: VaxDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('RecordRepository.add', () => {
  it('stores the record and its outbox entry in one strict read-write transaction', async () => {
    // Dexie binds IDBDatabase.transaction when it opens, so the spy goes in first.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    db = freshDb();
    await db.open();
    const record = numberedCheckin();
    await new RecordRepository(db).add(record);

    expect(await db.records.get(record.id)).toEqual(record);
    const entry = await db.outbox.get(record.id);
    expect(entry).toMatchObject({ id: record.id, attempts: 0 });
    expect(entry?.bytes).toBe(new TextEncoder().encode(JSON.stringify(record)).length);
    const writes = spy.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes).toHaveLength(1);
    expect([...writes[0]![0]].sort()).toEqual(['outbox', 'records']);
    expect(writes[0]![2]).toEqual({ durability: 'strict' });
  });

  it('is atomic: when the outbox write fails, the record is not stored either', async () => {
    db = freshDb();
    const record = numberedCheckin();
    await db.outbox.add({ id: record.id, queuedAt: 'x', attempts: 0, bytes: 1 });

    await expect(new RecordRepository(db).add(record)).rejects.toThrow();
    expect(await db.records.get(record.id)).toBeUndefined();
  });

  it("gives every record of one site's visits of one local day, and nothing of another", async () => {
    db = freshDb();
    const repo = new RecordRepository(db);
    const early = numberedCheckin(1, '2026-11-23T07:00:00.000+07:00');
    const late = numberedCheckin(2, '2026-11-23T23:30:00.000+07:00');
    const otherDay = numberedCheckin(3, '2026-11-22T16:30:00.000+07:00');
    const otherSite = numberedCheckin(4, '2026-11-23T08:00:00.000+07:00', { siteId: 'site-2' });
    for (const r of [early, late, otherDay, otherSite]) await repo.add(r);
    const screening = { ...late, id: 'a-screening', type: 'screening' } as never;
    await db.records.put(screening);

    const ids = (await repo.ofDay(late.siteId, '2026-11-23')).map((r) => r.id).sort();
    expect(ids).toEqual([early.id, late.id, 'a-screening'].sort());
  });
});
