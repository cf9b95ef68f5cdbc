// Reads behind the data-quality report, made by the database over indexes that start with site
// and day (migration 006): flags set at ingest, and duplicate doses, judged against a citizen's
// dose rows at every site. Lists stop at `limit` rows; counts have none.
import { sql } from 'kysely';
import type { OperatorScope } from '../../operators';
import type { DbHandle } from '../../store/db-handle';
import { inScope, siteKeyInScope } from '../../operators';
import type { Count } from './report-queries';

export interface DuplicateRow {
  recordId: string;
  citizenId: string;
  sameDoseNumber: boolean;
  sameDay: boolean;
}

export interface DuplicatePartner {
  recordId: string;
  partnerId: string;
  /** The partner's site. */
  siteId: string;
}

export interface RecordOrigin {
  id: string;
  deviceId: string;
  deviceName: string | null;
  occurredAt: string;
  body: string;
}

export function qualityQueriesRepo({ db }: DbHandle) {
  const flags = (scope: OperatorScope, days: readonly string[]) =>
    db
      .selectFrom('record_flags')
      .where(siteKeyInScope('record_flags.site_id', scope))
      .where('day', 'in', [...days]);

  // Dose rows `d` with another row `e` of the same citizen that repeats them.
  const pairs = () =>
    db.selectFrom('citizen_doses as d').innerJoin('citizen_doses as e', (join) =>
      join
        .onRef('e.citizen_id', '=', 'd.citizen_id')
        .onRef('e.record_id', '<>', 'd.record_id')
        .on((eb) =>
          eb.or([
            eb('e.dose_number', '=', eb.ref('d.dose_number')),
            eb('e.date', '=', eb.ref('d.date')),
          ]),
        ),
    );

  // The scope's dose rows of these days that another dose row of the same citizen repeats.
  const duplicates = (scope: OperatorScope, days: readonly string[]) =>
    pairs()
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

    /** For each of these duplicated dose rows, the rows that repeat it (any site: ids only). */
    async duplicatePartners(recordIds: readonly string[]): Promise<DuplicatePartner[]> {
      if (recordIds.length === 0) return [];
      return pairs()
        .select(['d.record_id as recordId', 'e.record_id as partnerId', 'e.site_id as siteId'])
        .where('d.record_id', 'in', [...recordIds])
        .orderBy('d.record_id')
        .orderBy('e.record_id')
        .execute();
    },

    /** Which tablet recorded these records, when, and the body naming the staff: scope's only. */
    async recordOrigins(scope: OperatorScope, ids: readonly string[]): Promise<RecordOrigin[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('records as r')
        .leftJoin('devices as dv', 'dv.id', 'r.device_id')
        .select([
          'r.id',
          'r.device_id as deviceId',
          'dv.name as deviceName',
          'r.occurred_at as occurredAt',
          'r.body',
        ])
        .where(inScope('r.site_id', scope))
        .where('r.id', 'in', [...ids])
        .execute();
    },
  };
}
