// Reads for the operators' reports. Every query is narrowed by `inScope`, the one place
// an operator's scope becomes SQL, so no report can forget it. Portable SQL only: days are the
// first ten characters of the records' own ISO times, matched with IN (equality, so no collation
// question), and counts come back as numbers or strings depending on the driver.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { OperatorScope } from '../../services/reports/scope';
import type { Database } from '../schema';

/** `column` (a site id column) restricted to the sites the scope may see. */
export function inScope(column: string, scope: OperatorScope): RawBuilder<boolean> {
  const col = sql.ref(column);
  if (scope.kind === 'site') return sql<boolean>`${col} = ${scope.siteId}`;
  if (scope.kind === 'province') {
    return sql<boolean>`${col} in (select id from sites where province = ${scope.province})`;
  }
  return sql<boolean>`1 = 1`;
}

const onDays = (column: string, days: readonly string[]) =>
  sql<boolean>`substr(${sql.ref(column)}, 1, 10) in (${sql.join([...days])})`;

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

export function reportQueriesRepo(db: Kysely<Database>) {
  const records = (scope: OperatorScope, days: readonly string[], types: string[], limit: number) =>
    db
      .selectFrom('records')
      .select(RECORD_COLUMNS)
      .where(inScope('records.site_id', scope))
      .where('type', 'in', types)
      .where(onDays('records.occurred_at', days))
      .orderBy('occurred_at')
      .orderBy('id')
      .limit(limit)
      .execute() as Promise<ScopedRecord[]>;

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

    /** The scope's records of these types that happened on these days: the first `limit`. */
    recordsOnDays: records,

    /** The scope's registrations for sessions on these days. */
    async registrations(scope: OperatorScope, days: readonly string[]) {
      return db
        .selectFrom('registrations')
        .select(['site_id as siteId', 'id', 'citizen_id as citizenId', 'session_date as date'])
        .where(inScope('registrations.site_id', scope))
        .where('session_date', 'in', [...days])
        .execute();
    },

    /** The scope's dose rows (corrections applied) given on these days: the first `limit`. */
    async doses(scope: OperatorScope, days: readonly string[], limit: number) {
      return db
        .selectFrom('citizen_doses')
        .selectAll()
        .where(inScope('citizen_doses.site_id', scope))
        .where('date', 'in', [...days])
        .limit(limit)
        .execute();
    },

    /** Data-quality flags of the scope's records on these days: the first `limit`. */
    async flags(scope: OperatorScope, days: readonly string[], limit: number): Promise<FlagRow[]> {
      return db
        .selectFrom('record_flags as f')
        .innerJoin('records as r', 'r.id', 'f.record_id')
        .select(['f.record_id as recordId', 'f.code', 'f.field', 'f.message'])
        .where(inScope('r.site_id', scope))
        .where(onDays('r.occurred_at', days))
        .limit(limit)
        .execute();
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
