// The progress report: doses per day and by province, site, vaccine and dose number;
// coverage of registrations; how late injection records arrive. The database does the counting
// (progress-queries.ts, coverage-query.ts): a national range costs six grouped reads, and what
// comes back is bounded by sites × days, vaccines × dose numbers, minutes of delay and sites,
// never by the number of doses.
import type { Store } from '../store/store';
import { daysOf, type ReportFilter } from './filters';
import { latenessSummary, type LatenessSummary } from './lateness';
import type { OperatorScope } from '../operators';
import { reportQueriesRepo } from './queries/report-queries';
import { progressQueriesRepo } from './queries/progress-queries';

export interface SiteInfo {
  id: string;
  name: string;
  province: string;
}

export interface Coverage {
  key: string;
  registered: number;
  vaccinated: number;
}

export interface ProgressReport {
  sites: SiteInfo[];
  total: number;
  perDay: { date: string; doses: number }[];
  byProvince: Map<string, number>;
  bySite: Map<string, number>;
  byVaccine: Map<string, number>;
  byDose: Map<number, number>;
  coverageBySite: Coverage[];
  coverageByProvince: Coverage[];
  lateness: LatenessSummary;
}

const bump = <K>(map: Map<K, number>, key: K, by: number) => map.set(key, (map.get(key) ?? 0) + by);

/** Adds up `rows` by `keyOf`, in key order. */
function coverageBy<T extends Omit<Coverage, 'key'>>(rows: T[], keyOf: (row: T) => string) {
  const by = new Map<string, Coverage>();
  for (const row of rows) {
    const key = keyOf(row);
    const c = by.get(key) ?? { key, registered: 0, vaccinated: 0 };
    c.registered += row.registered;
    c.vaccinated += row.vaccinated;
    by.set(key, c);
  }
  return [...by.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export async function progressReport(
  store: Store,
  scope: OperatorScope,
  filter: ReportFilter,
): Promise<ProgressReport> {
  const days = daysOf(filter);
  const sites = await reportQueriesRepo(store).sites(scope);
  const provinces = new Map(sites.map((s) => [s.id, s.province]));
  const provinceOf = (siteId: string) => provinces.get(siteId) ?? '?';
  const perDay = new Map<string, number>();
  const bySite = new Map<string, number>();
  const byProvince = new Map<string, number>();
  let total = 0;
  for (const r of await progressQueriesRepo(store).bySiteAndDay(scope, days)) {
    bump(perDay, r.day, r.doses);
    bump(bySite, r.siteId, r.doses);
    bump(byProvince, provinceOf(r.siteId), r.doses);
    total += r.doses;
  }
  const byVaccine = new Map<string, number>();
  const byDose = new Map<number, number>();
  for (const r of await progressQueriesRepo(store).byVaccineAndNumber(scope, days)) {
    bump(byVaccine, r.vaccine, r.doses);
    bump(byDose, r.doseNumber, r.doses);
  }
  const coverage = await progressQueriesRepo(store).coverage(scope, days);
  return {
    sites,
    total,
    perDay: days.map((date) => ({ date, doses: perDay.get(date) ?? 0 })),
    byProvince,
    bySite,
    byVaccine,
    byDose,
    coverageBySite: coverageBy(coverage, (c) => c.siteId),
    coverageByProvince: coverageBy(coverage, (c) => provinceOf(c.siteId)),
    lateness: latenessSummary(await progressQueriesRepo(store).byDelayMinute(scope, days)),
  };
}
