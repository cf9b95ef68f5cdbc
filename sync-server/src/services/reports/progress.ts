// The progress report (issue 5): doses per day and by province, site, vaccine and dose number;
// coverage of registrations; how late injection records arrive. The database does the counting
// (progress-queries.ts), so a national range costs a few grouped index reads, not its records.
import type { Store } from '../../store/store';
import { daysOf, type ReportFilter } from './filters';
import { BIN_EDGES, nearestRank, type LatenessSummary } from './lateness';
import type { OperatorScope } from './scope';

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

/** How late the scope's `count` doses of these days arrived; a negative delay counts as 0. */
async function latenessOf(
  store: Store,
  scope: OperatorScope,
  days: string[],
  count: number,
): Promise<LatenessSummary> {
  const counts = await store.progress.delayBins(scope, days, BIN_EDGES);
  const at = async (rank: number) => {
    const delay = count === 0 ? undefined : await store.progress.delayAt(scope, days, rank - 1);
    return delay === undefined ? undefined : Math.max(0, delay);
  };
  return {
    count,
    p50: await at(nearestRank(count, 50)),
    p95: await at(nearestRank(count, 95)),
    max: await at(count),
    bins: counts.map((n, i) => ({ from: BIN_EDGES[i]!, to: BIN_EDGES[i + 1]!, count: n })),
  };
}

export async function progressReport(
  store: Store,
  scope: OperatorScope,
  filter: ReportFilter,
): Promise<ProgressReport> {
  const days = daysOf(filter);
  const sites = await store.reports.sites(scope);
  const provinceOf = (siteId: string) => sites.find((s) => s.id === siteId)?.province ?? '?';
  const counted = async (key: Parameters<typeof store.progress.dosesBy>[2]) =>
    new Map((await store.progress.dosesBy(scope, days, key)).map((r) => [r.key, r.doses]));

  const perDay = await counted('day');
  const bySite = await counted('site_id');
  const byProvince = new Map<string, number>();
  for (const [siteId, n] of bySite) {
    byProvince.set(provinceOf(siteId), (byProvince.get(provinceOf(siteId)) ?? 0) + n);
  }
  const byDose = new Map([...(await counted('dose_number'))].map(([k, n]) => [Number(k), n]));
  const total = [...perDay.values()].reduce((sum, n) => sum + n, 0);
  const coverage = await store.progress.coverage(scope, days);
  return {
    sites,
    total,
    perDay: days.map((date) => ({ date, doses: perDay.get(date) ?? 0 })),
    byProvince,
    bySite,
    byVaccine: await counted('vaccine'),
    byDose,
    coverageBySite: coverageBy(coverage, (c) => c.siteId),
    coverageByProvince: coverageBy(coverage, (c) => provinceOf(c.siteId)),
    lateness: await latenessOf(store, scope, days, total),
  };
}
