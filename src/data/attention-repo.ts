// Records the server rejected, with its reasons, for the "Needs attention" list.
import type { FieldError, VaxRecord } from '../domain/records';
import type { VaxDb } from './db';

export interface AttentionEntry {
  record: VaxRecord;
  errors: FieldError[];
  rejectedAt: string;
}

export class AttentionRepository {
  constructor(private readonly db: VaxDb) {}

  /** Newest rejection first. */
  async list(): Promise<AttentionEntry[]> {
    const { attention, records } = this.db;
    return this.db.transaction('r', [attention, records], async () => {
      const rows = await attention.orderBy('rejectedAt').reverse().toArray();
      const found = await records.bulkGet(rows.map((row) => row.id));
      return rows.flatMap((row, i) => {
        const record = found[i];
        return record ? [{ record, errors: row.errors, rejectedAt: row.rejectedAt }] : [];
      });
    });
  }

  count(): Promise<number> {
    return this.db.attention.count();
  }
}
