// The queue of records the server has not confirmed yet. Entries leave it only when the server
// answered for them: accepted/duplicate (synced) or rejected (moved to attention).
import type { FieldError, VaxRecord } from '../domain/records';
import { MAX_BATCH_RECORDS } from '../domain/protocol';
import type { VaxDb } from './db';

/** Below the server's 1 MiB limit, leaving room for the request envelope. */
export const DEFAULT_BATCH_BYTES = 900 * 1024;

export class OutboxRepository {
  constructor(
    private readonly db: VaxDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Oldest queued records, at most `max` of them and about `maxBytes` (always at least one). */
  async peekBatch(max = MAX_BATCH_RECORDS, maxBytes = DEFAULT_BATCH_BYTES): Promise<VaxRecord[]> {
    const { outbox, records } = this.db;
    return this.db.transaction('r', [outbox, records], async () => {
      const ids: string[] = [];
      let bytes = 0;
      await outbox
        .orderBy('queuedAt')
        .until((row) => ids.length >= max || (ids.length > 0 && bytes + row.bytes + 1 > maxBytes))
        .each((row) => {
          ids.push(row.id);
          bytes += row.bytes + 1;
        });
      const found = await records.bulkGet(ids);
      return found.filter((r): r is VaxRecord => r !== undefined);
    });
  }

  /** The server confirmed these: drop their outbox entries (the records stay in `records`). */
  async markSynced(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.transaction('rw', [this.db.outbox], () => this.db.outbox.bulkDelete([...ids]));
  }

  /** The server rejected this record: it leaves the queue for a person to look at. */
  async moveToAttention(id: string, errors: FieldError[]): Promise<void> {
    const { outbox, attention } = this.db;
    await this.db.transaction('rw', [outbox, attention], async () => {
      await outbox.delete(id);
      await attention.put({ id, errors, rejectedAt: this.now().toISOString() });
    });
  }

  /** Counts a failed push against each of these entries. */
  async recordAttempt(ids: readonly string[]): Promise<void> {
    await this.db.outbox
      .where('id')
      .anyOf([...ids])
      .modify((row) => {
        row.attempts += 1;
      });
  }

  /** Every queued record with the time it was queued, oldest first (for an offline export). */
  async queued(): Promise<{ record: VaxRecord; queuedAt: string }[]> {
    const { outbox, records } = this.db;
    return this.db.transaction('r', [outbox, records], async () => {
      const rows = await outbox.orderBy('queuedAt').toArray();
      const found = await records.bulkGet(rows.map((row) => row.id));
      return rows.flatMap((row, i) => {
        const record = found[i];
        return record === undefined ? [] : [{ record, queuedAt: row.queuedAt }];
      });
    });
  }

  /** The sites of the queued records (a tablet may not move to another site while any wait). */
  async queuedSites(): Promise<Set<string>> {
    return new Set((await this.queued()).map((q) => q.record.siteId));
  }

  count(): Promise<number> {
    return this.db.outbox.count();
  }
}
