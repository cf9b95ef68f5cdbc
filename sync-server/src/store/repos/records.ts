// Pushed records and their data-quality flags. Written in bulk: one multi-row statement per
// chunk, so a 500-record batch costs a handful of statements.
import type { Kysely } from 'kysely';
import type { FieldError } from '../../../../src/domain/records';
import { chunks } from '../chunks';
import type { Database, RecordsTable } from '../schema';

export interface RecordFlag extends FieldError {
  recordId: string;
}

export function recordsRepo(db: Kysely<Database>) {
  return {
    /** Canonical bodies of the ids already stored, by id. */
    async bodiesOf(ids: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (const chunk of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('records')
          .select(['id', 'body'])
          .where('id', 'in', chunk)
          .execute();
        for (const r of rows) found.set(r.id, r.body);
      }
      return found;
    },

    async insert(rows: readonly RecordsTable[], flags: readonly RecordFlag[]): Promise<void> {
      for (const chunk of chunks(rows, 8)) {
        await db.insertInto('records').values(chunk).execute();
      }
      for (const chunk of chunks(flags, 4)) {
        await db
          .insertInto('record_flags')
          .values(
            chunk.map((f) => ({
              record_id: f.recordId,
              field: f.field,
              code: f.code,
              message: f.message,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    },

    async flagsOf(recordId: string): Promise<FieldError[]> {
      return db
        .selectFrom('record_flags')
        .select(['field', 'code', 'message'])
        .where('record_id', '=', recordId)
        .orderBy('field')
        .orderBy('code')
        .execute();
    },

    async countForSite(siteId: string): Promise<number> {
      const row = await db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('site_id', '=', siteId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
