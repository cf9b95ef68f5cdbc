// Reads for the operators' reports: their sites and the records they may open. Every report query
// (here, progress-queries.ts, quality-queries.ts, coverage-query.ts) is narrowed by `inScope` or
// `siteKeyInScope` (operators/scope-sql.ts), so no report can forget it. Portable SQL only: days
// are the sites' local dates (YYYY-MM-DD), matched with IN (equality, so no collation question).
import { inScope, type OperatorScope } from '../../operators';
import type { DbHandle } from '../../store/db-handle';

/** A count as the drivers return it: a number, or a string for PostgreSQL's bigint. */
export type Count = number | string | bigint;

export interface ScopedRecord {
  id: string;
  siteId: string;
  type: string;
  visitKey: string;
  occurredAt: string;
  receivedAt: string;
  body: string;
}

export interface FlagRow {
  recordId: string;
  code: string;
  field: string;
  message: string;
}

/** The columns of a ScopedRecord, as every record query here selects them. */
const RECORD_COLUMNS = [
  'id',
  'site_id as siteId',
  'type',
  'visit_key as visitKey',
  'occurred_at as occurredAt',
  'received_at as receivedAt',
  'body',
] as const;

export function reportQueriesRepo({ db }: DbHandle) {
  return {
    async sites(scope: OperatorScope) {
      return db
        .selectFrom('sites')
        .select(['id', 'name', 'province'])
        .where(inScope('sites.id', scope))
        .orderBy('province')
        .orderBy('id')
        .execute();
    },

    /** Every province that has a site (for the national operator's filter). */
    async provinces(): Promise<string[]> {
      const rows = await db.selectFrom('sites').select('province').distinct().execute();
      return rows.map((r) => r.province).sort();
    },

    /** One record, only if the scope may see it. */
    async record(scope: OperatorScope, id: string): Promise<ScopedRecord | undefined> {
      return db
        .selectFrom('records')
        .select(RECORD_COLUMNS)
        .where(inScope('records.site_id', scope))
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** The stored records with these ids that the scope may see. */
    async recordsByIds(scope: OperatorScope, ids: readonly string[]): Promise<ScopedRecord[]> {
      const found: ScopedRecord[] = [];
      // The scope's own parameter counts too: chunks well under every database's limit.
      for (let i = 0; i < ids.length; i += 10_000) {
        found.push(
          ...(await db
            .selectFrom('records')
            .select(RECORD_COLUMNS)
            .where(inScope('records.site_id', scope))
            .where('id', 'in', ids.slice(i, i + 10_000))
            .execute()),
        );
      }
      return found;
    },

    async flagsOfRecord(id: string): Promise<FlagRow[]> {
      return db
        .selectFrom('record_flags')
        .select(['record_id as recordId', 'code', 'field', 'message'])
        .where('record_id', '=', id)
        .orderBy('code')
        .execute();
    },
  };
}
