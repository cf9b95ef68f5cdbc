// The progress report (issue 5): doses per day and by province, site, vaccine and dose number;
// coverage of registrations; how late injection records arrive. Reads a bounded range (at most
// MAX_DAYS) of the scope's records and aggregates here, which keeps the SQL portable.
import { correctedRecords } from '../../../../src/domain/corrections';
import type { CheckinRecord, InjectionRecord, VaxRecord } from '../../../../src/domain/records';
import type { Store } from '../../store/store';
import { daysOf, type ReportFilter } from './filters';
import { latenessSummary, type LatenessSummary } from './lateness';
import { REPORT_MAX_RECORDS, withinLimit } from './limit';
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

/** The scope's records of one type on these days; refused past `limit`. */
async function boundedRecords(
  store: Store,
  scope: OperatorScope,
  days: string[],
  type: 'injection' | 'checkin',
  limit: number,
) {
  return withinLimit(await store.reports.recordsOnDays(scope, days, [type], limit + 1), limit);
}

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/** Injections as they now stand (corrections applied), with the record row's timing. */
async function injectionsOf(store: Store, scope: OperatorScope, days: string[], limit: number) {
  const rows = await boundedRecords(store, scope, days, 'injection', limit);
  const corrections = await store.records.correctionsOf(rows.map((r) => r.id));
  const parsed = [...rows.map((r) => r.body), ...corrections].map(
    (b) => JSON.parse(b) as VaxRecord,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return correctedRecords(parsed).flatMap(({ record }) => {
    const row = byId.get(record.id);
    return row && record.type === 'injection' ? [{ row, record: record as InjectionRecord }] : [];
  });
}

/** Registrations of these days, and whether each was vaccinated (by citizen ID or check-in). */
async function coverageOf(
  store: Store,
  scope: OperatorScope,
  days: string[],
  injectedVisits: Set<string>,
  limit: number,
) {
  const registrations = await store.reports.registrations(scope, days);
  const citizenIds = registrations.flatMap((r) => (r.citizenId ? [r.citizenId] : []));
  const dosesOf = new Map<string, string[]>();
  for (const d of await store.citizenDoses.ofCitizens(citizenIds)) {
    dosesOf.set(d.citizen_id, [...(dosesOf.get(d.citizen_id) ?? []), d.date]);
  }
  // Registrations without an ID number (children) are matched by the check-in that scanned them.
  const checkedInAndInjected = new Set<string>();
  for (const r of await boundedRecords(store, scope, days, 'checkin', limit)) {
    const checkin = JSON.parse(r.body) as CheckinRecord;
    const regId = checkin.data.registrationId;
    if (regId && injectedVisits.has(r.visitKey)) checkedInAndInjected.add(`${r.siteId}\n${regId}`);
  }
  return registrations.map((r) => ({
    siteId: r.siteId,
    vaccinated:
      checkedInAndInjected.has(`${r.siteId}\n${r.id}`) ||
      (r.citizenId !== null && (dosesOf.get(r.citizenId) ?? []).some((d) => d >= r.date)),
  }));
}

function coverageBy(rows: { key: string; vaccinated: boolean }[]): Coverage[] {
  const by = new Map<string, Coverage>();
  for (const { key, vaccinated } of rows) {
    const c = by.get(key) ?? { key, registered: 0, vaccinated: 0 };
    c.registered += 1;
    if (vaccinated) c.vaccinated += 1;
    by.set(key, c);
  }
  return [...by.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Throws ReportTooLargeError when the range holds more than `limit` records of one type. */
export async function progressReport(
  store: Store,
  scope: OperatorScope,
  filter: ReportFilter,
  limit = REPORT_MAX_RECORDS,
): Promise<ProgressReport> {
  const days = daysOf(filter);
  const sites = await store.reports.sites(scope);
  const provinceOf = new Map(sites.map((s) => [s.id, s.province]));
  const injections = await injectionsOf(store, scope, days, limit);

  const perDay = new Map(days.map((d) => [d, 0]));
  const byProvince = new Map<string, number>();
  const bySite = new Map<string, number>();
  const byVaccine = new Map<string, number>();
  const byDose = new Map<number, number>();
  const delays: number[] = [];
  for (const { row, record } of injections) {
    bump(perDay, record.occurredAt.slice(0, 10));
    bump(byProvince, provinceOf.get(row.siteId) ?? '?');
    bump(bySite, row.siteId);
    bump(byVaccine, record.data.vaccine);
    bump(byDose, record.data.doseNumber);
    delays.push(Date.parse(row.receivedAt) - Date.parse(row.occurredAt));
  }

  const injectedVisits = new Set(injections.map((i) => i.row.visitKey));
  const covered = await coverageOf(store, scope, days, injectedVisits, limit);
  return {
    sites,
    total: injections.length,
    perDay: [...perDay].map(([date, doses]) => ({ date, doses })),
    byProvince,
    bySite,
    byVaccine,
    byDose,
    coverageBySite: coverageBy(covered.map((c) => ({ key: c.siteId, vaccinated: c.vaccinated }))),
    coverageByProvince: coverageBy(
      covered.map((c) => ({ key: provinceOf.get(c.siteId) ?? '?', vaccinated: c.vaccinated })),
    ),
    lateness: latenessSummary(delays),
  };
}
