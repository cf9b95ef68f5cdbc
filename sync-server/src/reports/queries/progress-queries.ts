// Counts behind the progress report, made by the database over indexes that start with site and
// day (migration 006), so a national range is never read into the server. Counts come back as
// numbers or strings depending on the driver (PostgreSQL's count and bigint are strings).
import { sql } from 'kysely';
import { MINUTE, type MinuteCount } from '../lateness';
import type { OperatorScope } from '../../operators';
import type { DbHandle } from '../../store/db-handle';
import { coverage } from './coverage-query';
import { siteKeyInScope } from '../../operators';
import type { Count } from './report-queries';

export function progressQueriesRepo({ db }: DbHandle) {
  const doses = (scope: OperatorScope, days: readonly string[]) =>
    db
      .selectFrom('report_doses')
      .where(siteKeyInScope('report_doses.site_id', scope))
      .where('day', 'in', [...days]);

  return {
    /** The scope's doses on these days per site and day: one read of the (site, day) key. */
    async bySiteAndDay(scope: OperatorScope, days: readonly string[]) {
      const rows = await doses(scope, days)
        .select((eb) => ['site_id', 'day', eb.fn.countAll<Count>().as('n')])
        .groupBy(['site_id', 'day'])
        .execute();
      return rows.map((r) => ({ siteId: r.site_id, day: r.day, doses: Number(r.n) }));
    },

    /** The scope's doses on these days per vaccine and dose number. */
    async byVaccineAndNumber(scope: OperatorScope, days: readonly string[]) {
      const rows = await doses(scope, days)
        .select((eb) => ['vaccine', 'dose_number', eb.fn.countAll<Count>().as('n')])
        .groupBy(['vaccine', 'dose_number'])
        .execute();
      return rows.map((r) => ({
        vaccine: r.vaccine,
        doseNumber: Number(r.dose_number),
        doses: Number(r.n),
      }));
    },

    /**
     * The scope's doses on these days per whole minute of delay (a negative delay as minute 0):
     * at most one row per minute, however many doses, for the lateness percentiles and bins.
     */
    async byDelayMinute(scope: OperatorScope, days: readonly string[]): Promise<MinuteCount[]> {
      const minute = sql<Count>`case when delay_ms < 0 then 0 else delay_ms / ${sql.lit(MINUTE)} end`;
      const rows = await doses(scope, days)
        .select((eb) => [minute.as('minute'), eb.fn.countAll<Count>().as('n')])
        .groupBy(sql`1`)
        .execute();
      return rows.map((r) => ({ minute: Number(r.minute), count: Number(r.n) }));
    },

    /** Per site of the scope, its registrations for these days and how many were vaccinated. */
    coverage: (scope: OperatorScope, days: readonly string[]) => coverage(db, scope, days),
  };
}
