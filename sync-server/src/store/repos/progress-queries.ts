// Counts behind the progress report, made by the database over indexes that start with site and
// day (migration 006), so a national range is never read into the server. Counts come back as
// numbers or strings depending on the driver (PostgreSQL's count and bigint are strings).
import { sql, type Kysely } from 'kysely';
import type { OperatorScope } from '../../services/reports/scope';
import type { Database } from '../schema';
import { inScope } from './report-queries';

/** What doses can be counted by. */
export type DoseKey = 'day' | 'site_id' | 'vaccine' | 'dose_number';

export interface SiteCoverage {
  siteId: string;
  registered: number;
  vaccinated: number;
}

type Count = number | string | bigint;

export function progressQueriesRepo(db: Kysely<Database>) {
  const doses = (scope: OperatorScope, days: readonly string[]) =>
    db
      .selectFrom('report_doses')
      .where(inScope('report_doses.site_id', scope))
      .where('day', 'in', [...days]);

  return {
    /** The scope's doses on these days, counted by `key`. */
    async dosesBy(scope: OperatorScope, days: readonly string[], key: DoseKey) {
      const rows = await doses(scope, days)
        .select((eb) => [sql.ref<string | number>(key).as('key'), eb.fn.countAll<Count>().as('n')])
        .groupBy(key)
        .execute();
      return rows.map((r) => ({ key: String(r.key), doses: Number(r.n) }));
    },

    /** How many of the scope's doses arrived later than each edge (ms): one count per bin. */
    async delayBins(scope: OperatorScope, days: readonly string[], edges: readonly number[]) {
      // Bin i holds delays from edges[i] (inclusive) to edges[i + 1]; below the first edge
      // (a tablet clock ahead) counts in the first bin.
      const inner = edges.slice(1, -1);
      const bin = sql<number>`case ${sql.join(
        inner.map((edge, i) => sql`when delay_ms < ${edge} then ${sql.lit(i)}`),
        sql` `,
      )} else ${sql.lit(inner.length)} end`;
      const rows = await doses(scope, days)
        .select((eb) => [bin.as('bin'), eb.fn.countAll<Count>().as('n')])
        .groupBy(sql`1`)
        .execute();
      const counts = edges.slice(0, -1).map(() => 0);
      for (const r of rows) counts[Number(r.bin)] = Number(r.n);
      return counts;
    },

    /** The delay (ms) at 0-based position `index` of the scope's doses sorted by delay. */
    async delayAt(scope: OperatorScope, days: readonly string[], index: number) {
      const row = await doses(scope, days)
        .select('delay_ms')
        .orderBy('delay_ms')
        .limit(1)
        .offset(index)
        .executeTakeFirst();
      return row === undefined ? undefined : Number(row.delay_ms);
    },

    /** Per site of the scope, its registrations for these days and how many were vaccinated. */
    async coverage(scope: OperatorScope, days: readonly string[]): Promise<SiteCoverage[]> {
      const inDays = sql.join([...days]);
      // Vaccinated: a dose of the citizen's ID number on or after the session (any site), or,
      // for a registration without one (a child), a check-in that scanned it at a visit of these
      // days that had an injection.
      const vaccinated = sql<boolean>`(r.citizen_id is not null and exists (
          select 1 from citizen_doses d
          where d.citizen_id = r.citizen_id and d.date >= r.session_date))
        or exists (
          select 1 from records c
          where c.site_id = r.site_id and c.registration_id = r.id
            and substr(c.occurred_at, 1, 10) in (${inDays})
            and exists (
              select 1 from report_doses i
              where i.site_id = c.site_id and i.day in (${inDays}) and i.visit_key = c.visit_key))`;
      const rows = await db
        .selectFrom('registrations as r')
        .select((eb) => [
          'r.site_id as siteId',
          eb.fn.countAll<Count>().as('registered'),
          sql<Count>`sum(case when ${vaccinated} then 1 else 0 end)`.as('vaccinated'),
        ])
        .where(inScope('r.site_id', scope))
        .where('r.session_date', 'in', [...days])
        .groupBy('r.site_id')
        .execute();
      return rows.map((r) => ({
        siteId: r.siteId,
        registered: Number(r.registered),
        vaccinated: Number(r.vaccinated),
      }));
    },
  };
}
