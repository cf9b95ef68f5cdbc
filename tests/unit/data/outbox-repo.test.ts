import { afterEach, describe, expect, it } from 'vitest';
import { AttentionRepository } from '../../../src/data/attention-repo';
import type { VaxDb } from '../../../src/data/db';
import { OutboxRepository } from '../../../src/data/outbox-repo';
import { RecordRepository } from '../../../src/data/record-repo';
import type { CheckinRecord } from '../../../src/domain/records';
import { freshDb } from './fixtures';
import { numberedCheckin } from '../../support/records';

let db: VaxDb;
afterEach(() => db.delete());

/** Saves `n` check-ins, each queued one millisecond after the previous one. */
async function queue(n: number): Promise<CheckinRecord[]> {
  let t = Date.parse('2026-11-23T02:00:00Z');
  const repo = new RecordRepository(db, () => new Date(t++));
  const saved: CheckinRecord[] = [];
  for (let i = 0; i < n; i++) {
    const record = numberedCheckin(i);
    await repo.add(record);
    saved.push(record);
  }
  return saved;
}

describe('OutboxRepository', () => {
  it('peeks the oldest records first, within the count limit', async () => {
    db = freshDb();
    const saved = await queue(5);
    const batch = await new OutboxRepository(db).peekBatch(3);
    expect(batch).toEqual(saved.slice(0, 3));
  });

  it('stops a batch before it would exceed the byte limit, but always takes one', async () => {
    db = freshDb();
    const saved = await queue(4);
    const outbox = new OutboxRepository(db);
    const size = new TextEncoder().encode(JSON.stringify(saved[0])).length;
    expect(await outbox.peekBatch(500, 2 * size + 5)).toHaveLength(2);
    expect(await outbox.peekBatch(500, 10)).toEqual([saved[0]]);
  });

  it('markSynced removes outbox entries and keeps the records', async () => {
    db = freshDb();
    const saved = await queue(3);
    const outbox = new OutboxRepository(db);
    await outbox.markSynced([saved[0]!.id, saved[2]!.id]);
    expect(await outbox.count()).toBe(1);
    expect(await outbox.peekBatch()).toEqual([saved[1]]);
    expect(await db.records.count()).toBe(3);
  });

  it('moveToAttention takes the record out of the queue with the server reasons', async () => {
    db = freshDb();
    const [bad, good] = await queue(2);
    const outbox = new OutboxRepository(db, () => new Date('2026-11-23T03:00:00Z'));
    const errors = [{ field: 'data.citizen.dob', code: 'format', message: 'bad date' }];
    await outbox.moveToAttention(bad!.id, errors);

    expect(await outbox.peekBatch()).toEqual([good]);
    const attention = new AttentionRepository(db);
    expect(await attention.count()).toBe(1);
    expect(await attention.list()).toEqual([
      { record: bad, errors, rejectedAt: '2026-11-23T03:00:00.000Z' },
    ]);
  });

  it('counts failed attempts per entry', async () => {
    db = freshDb();
    const [a, b] = await queue(2);
    const outbox = new OutboxRepository(db);
    await outbox.recordAttempt([a!.id]);
    await outbox.recordAttempt([a!.id, b!.id]);
    expect((await db.outbox.get(a!.id))?.attempts).toBe(2);
    expect((await db.outbox.get(b!.id))?.attempts).toBe(1);
  });
});
