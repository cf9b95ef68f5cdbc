// Coverage of registrations, counted by the database in three grouped reads per site: the
// registrations of the range; those whose citizen's ID number has a dose on or after the session
// (at any site); and, of the others, those a check-in scanned at a visit of the range that had an
// injection that day (children have no ID number). Each read is one condition in WHERE, so
// PostgreSQL can make it a (hash) semi-join rather than a probe per registration, and the third
// starts from the few check-ins that scanned a registration (a partial index on site and day).
import { sql, type Kysely } from 'kysely';
import type { OperatorScope } from '../../operators';
import type { Database } from '../../store/schema';
import { siteKeyInScope } from '../../operators';
import type { Count } from './report-queries';

export interface SiteCoverage {
  siteId: string;
  registered: number;
  vaccinated: number;
}

const hasDose = sql<boolean>`r.citizen_id is not null and exists (
  select 1 from citizen_doses d where d.citizen_id = r.citizen_id and d.date >= r.session_date)`;

export async function coverage(
  db: Kysely<Database>,
  scope: OperatorScope,
  days: readonly string[],
): Promise<SiteCoverage[]> {
  const registrations = () =>
    db
      .selectFrom('registrations as r')
      .where(siteKeyInScope('r.site_id', scope))
      .where('r.session_date', 'in', [...days]);
  const registered = await registrations()
    .select((eb) => ['r.site_id as siteId', eb.fn.countAll<Count>().as('n')])
    .groupBy('r.site_id')
    .execute();
  const byId = await registrations()
    .where(hasDose)
    .select((eb) => ['r.site_id as siteId', eb.fn.countAll<Count>().as('n')])
    .groupBy('r.site_id')
    .execute();
  const byVisit = await db
    .selectFrom('records as c')
    .innerJoin('registrations as r', (join) =>
      join.onRef('r.site_id', '=', 'c.site_id').onRef('r.id', '=', 'c.registration_id'),
    )
    .where(siteKeyInScope('c.site_id', scope))
    .where('c.visit_date', 'in', [...days])
    .where('c.registration_id', 'is not', null)
    .where('r.session_date', 'in', [...days])
    .where(
      sql<boolean>`exists (select 1 from report_doses i
        where i.site_id = c.site_id and i.day = c.visit_date and i.visit_key = c.visit_key)`,
    )
    .where(sql<boolean>`not (${hasDose})`)
    .select((eb) => ['c.site_id as siteId', eb.fn.count<Count>('r.id').distinct().as('n')])
    .groupBy('c.site_id')
    .execute();

  const vaccinated = new Map<string, number>();
  for (const r of [...byId, ...byVisit]) {
    vaccinated.set(r.siteId, (vaccinated.get(r.siteId) ?? 0) + Number(r.n));
  }
  return registered.map((r) => ({
    siteId: r.siteId,
    registered: Number(r.n),
    vaccinated: vaccinated.get(r.siteId) ?? 0,
  }));
}
