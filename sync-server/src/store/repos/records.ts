// Pushed records and their data-quality flags. Written in bulk: one multi-row statement per
// chunk, so a 500-record batch costs a handful of statements.
import { sql, type Kysely } from 'kysely';
import type { FieldError } from '../../../../src/domain/records';
import { chunks } from '../chunks';
import { insertRows } from '../insert-rows';
import type { Database, RecordsTable } from '../schema';

export interface RecordFlag extends FieldError {
  recordId: string;
}

export interface StoredRecord {
  siteId: string;
  type: string;
  /** Canonical JSON of the record. */
  body: string;
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

    /** Site, type and body of the ids already stored (correction targets, dose histories). */
    async byIds(ids: readonly string[]): Promise<Map<string, StoredRecord>> {
      const found = new Map<string, StoredRecord>();
      for (const chunk of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('records')
          .select(['id', 'site_id', 'type', 'body'])
          .where('id', 'in', chunk)
          .execute();
        for (const r of rows) found.set(r.id, { siteId: r.site_id, type: r.type, body: r.body });
      }
      return found;
    },

    /** Bodies of the stored corrections of these records, whatever order they arrived in. */
    async correctionsOf(targetIds: readonly string[]): Promise<string[]> {
      const bodies: string[] = [];
      for (const chunk of chunks([...new Set(targetIds)], 1)) {
        const rows = await db
          .selectFrom('records')
          .select('body')
          .where('target_id', 'in', chunk)
          .execute();
        for (const r of rows) bodies.push(r.body);
      }
      return bodies;
    },

    /**
     * Bodies of the check-ins of these visits. A visit key names its site, so no site condition:
     * one would tempt SQLite into the site-and-day index instead of the check-ins' own.
     */
    async checkinsOfVisits(visitKeys: readonly string[]): Promise<string[]> {
      const bodies: string[] = [];
      for (const chunk of chunks([...new Set(visitKeys)], 1)) {
        const rows = await db
          .selectFrom('records')
          .select('body')
          .where('visit_key', 'in', chunk)
          // A literal, not a parameter: only then may SQLite use the check-ins' partial index.
          .where('type', '=', sql.lit('checkin'))
          .execute();
        for (const r of rows) bodies.push(r.body);
      }
      return bodies;
    },

    /** Bodies of the site's records whose visit is on `date`, corrections included (they carry
     * their target's visit key). */
    async ofVisitDay(siteId: string, date: string): Promise<string[]> {
      const rows = await db
        .selectFrom('records')
        .select('body')
        .where('site_id', '=', siteId)
        .where('visit_date', '=', date)
        .orderBy('occurred_at')
        .execute();
      return rows.map((r) => r.body);
    },

    /** The records with their flags (each flag's record among `rows`). */
    async insert(rows: readonly RecordsTable[], flags: readonly RecordFlag[]): Promise<void> {
      await insertRows(db, 'records', rows);
      const rowOf = new Map(rows.map((r) => [r.id, r]));
      const flagRows = flags.map((f) => ({
        record_id: f.recordId,
        field: f.field,
        code: f.code,
        message: f.message,
        site_id: rowOf.get(f.recordId)?.site_id ?? '',
        day: rowOf.get(f.recordId)?.occurred_at.slice(0, 10) ?? '',
      }));
      await insertRows(db, 'record_flags', flagRows, true);
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
