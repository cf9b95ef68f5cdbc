// Reads behind the data-quality report, made by the database over indexes that start with site
// and day (migration 006): flags set at ingest, and duplicate doses, judged against a citizen's
// dose rows at every site. Lists stop at `limit` rows; counts have none.
import { sql, type Kysely } from 'kysely';
import type { OperatorScope } from '../../services/reports/scope';
import type { Database } from '../schema';
import { siteKeyInScope, type Count } from './report-queries';

export interface DuplicateRow {
  recordId: string;
  citizenId: string;
  sameDoseNumber: boolean;
  sameDay: boolean;
}

export function qualityQueriesRepo(db: Kysely<Database>) {
  const flags = (scope: OperatorScope, days: readonly string[]) =>
    db
      .selectFrom('record_flags')
      .where(siteKeyInScope('record_flags.site_id', scope))
      .where('day', 'in', [...days]);

  // The scope's dose rows of these days that another dose row of the same citizen repeats.
  const duplicates = (scope: OperatorScope, days: readonly string[]) =>
    db
      .selectFrom('citizen_doses as d')
      .innerJoin('citizen_doses as e', (join) =>
        join
          .onRef('e.citizen_id', '=', 'd.citizen_id')
          .onRef('e.record_id', '<>', 'd.record_id')
          .on((eb) =>
            eb.or([
              eb('e.dose_number', '=', eb.ref('d.dose_number')),
              eb('e.date', '=', eb.ref('d.date')),
            ]),
          ),
      )
      .where(siteKeyInScope('d.site_id', scope))
      .where('d.date', 'in', [...days]);

  return {
    /** Records per flag code (a record flagged on two fields counts once). */
    async flagCounts(scope: OperatorScope, days: readonly string[]) {
      const rows = await flags(scope, days)
        .select((eb) => ['code', eb.fn.count<Count>('record_id').distinct().as('n')])
        .groupBy('code')
        .execute();
      return rows.map((r) => ({ code: r.code, records: Number(r.n) }));
    },

    /** The flagged records of one code with the flag's message: the first `limit`. */
    async flagged(scope: OperatorScope, days: readonly string[], code: string, limit: number) {
      return flags(scope, days)
        .select(['record_id as recordId', 'message'])
        .where('code', '=', code)
        .orderBy('record_id')
        .limit(limit)
        .execute();
    },

    async duplicateCount(scope: OperatorScope, days: readonly string[]): Promise<number> {
      const row = await db
        .selectFrom(duplicates(scope, days).select('d.record_id').distinct().as('dup'))
        .select((eb) => eb.fn.countAll<Count>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** The duplicated dose rows with what they share with another: the first `limit`. */
    async duplicates(
      scope: OperatorScope,
      days: readonly string[],
      limit: number,
    ): Promise<DuplicateRow[]> {
      const rows = await duplicates(scope, days)
        .select([
          'd.record_id as recordId',
          'd.citizen_id as citizenId',
          sql<Count>`max(case when e.dose_number = d.dose_number then 1 else 0 end)`.as('sameDose'),
          sql<Count>`max(case when e.date = d.date then 1 else 0 end)`.as('sameDay'),
        ])
        .groupBy(['d.record_id', 'd.citizen_id'])
        .orderBy('d.record_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        recordId: r.recordId,
        citizenId: r.citizenId,
        sameDoseNumber: Number(r.sameDose) === 1,
        sameDay: Number(r.sameDay) === 1,
      }));
    },
  };
}
