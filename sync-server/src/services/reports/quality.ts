// The data-quality report (issue 5, DESIGN §4): how many of the scope's records carry each flag
// set at ingest (ID structure vs. date of birth and sex, adults without an ID, minors without a
// guardian), plus duplicate doses found across every site's dose rows, and the list of affected
// records behind each count.
import type { CheckinRecord, VaxRecord } from '../../../../src/domain/records';
import { parseVisitKey } from '../../../../src/domain/visit-key';
import type { Store } from '../../store/store';
import { duplicateDoses, type DuplicateReason } from './duplicates';
import { daysOf, type ReportFilter } from './filters';
import { REPORT_MAX_RECORDS, withinLimit } from './limit';
import { maskIdNumber } from './mask';
import type { OperatorScope } from './scope';

export const DUPLICATE_DOSE = 'duplicate-dose';

/** Flags in the order the page lists them; other codes found follow, alphabetically. */
export const KNOWN_FLAGS = [
  'id-birthyear-mismatch',
  'id-century-mismatch',
  'id-sex-mismatch',
  'missing-id',
  'minor-without-guardian',
  DUPLICATE_DOSE,
] as const;

export const isFlagCode = (s: string): boolean => /^[a-z0-9-]{1,64}$/.test(s);

export interface FlaggedRecord {
  id: string;
  siteId: string;
  date: string;
  type: string;
  code: string;
  /** The flag's message, or the duplicate's reasons. */
  detail: string;
  maskedId: string;
}

interface Found {
  /** record id → detail, per flag code. */
  byCode: Map<string, Map<string, string>>;
  /** record id → citizen id, for duplicate doses. */
  citizens: Map<string, string>;
}

/** Throws ReportTooLargeError past `limit` flags or dose rows. */
async function findFlags(
  store: Store,
  scope: OperatorScope,
  filter: ReportFilter,
  limit: number,
): Promise<Found> {
  const days = daysOf(filter);
  const byCode = new Map<string, Map<string, string>>(KNOWN_FLAGS.map((c) => [c, new Map()]));
  for (const f of withinLimit(await store.reports.flags(scope, days, limit + 1), limit)) {
    const list = byCode.get(f.code) ?? new Map<string, string>();
    list.set(f.recordId, f.message);
    byCode.set(f.code, list);
  }
  // Duplicates are judged against the citizen's doses at every site, but only this scope's
  // records are counted and listed.
  const own = withinLimit(await store.reports.doses(scope, days, limit + 1), limit);
  const ownIds = new Set(own.map((d) => d.record_id));
  const all = await store.citizenDoses.ofCitizens(own.map((d) => d.citizen_id));
  const citizens = new Map(all.map((d) => [d.record_id, d.citizen_id]));
  const duplicates = byCode.get(DUPLICATE_DOSE)!;
  for (const [id, reasons] of duplicateDoses(all)) {
    if (ownIds.has(id)) duplicates.set(id, describe(reasons));
  }
  return { byCode, citizens };
}

/** The reasons as codes (`same-dose-number same-day`); the page words them. */
const describe = (reasons: Set<DuplicateReason>): string => [...reasons].join(' ');

export async function qualityCounts(
  store: Store,
  scope: OperatorScope,
  filter: ReportFilter,
  limit = REPORT_MAX_RECORDS,
): Promise<{ code: string; records: number }[]> {
  const { byCode } = await findFlags(store, scope, filter, limit);
  const known: readonly string[] = KNOWN_FLAGS;
  const others = [...byCode.keys()].filter((c) => !known.includes(c)).sort();
  return [...known, ...others].map((code) => ({ code, records: byCode.get(code)?.size ?? 0 }));
}

/** The citizen ID a record shows: its visit key's, else its check-in's, else its dose row's. */
function citizenIdOf(visitKey: string, body: string, fromDoses?: string): string | undefined {
  const key = parseVisitKey(visitKey)?.citizenKey;
  if (key !== undefined && /^\d+$/.test(key)) return key;
  const record = JSON.parse(body) as VaxRecord;
  if (record.type === 'checkin') return (record as CheckinRecord).data.citizen.id;
  return fromDoses;
}

export async function flaggedRecords(
  store: Store,
  scope: OperatorScope,
  filter: ReportFilter,
  code: string,
  limit = REPORT_MAX_RECORDS,
): Promise<FlaggedRecord[]> {
  const { byCode, citizens } = await findFlags(store, scope, filter, limit);
  const details = byCode.get(code) ?? new Map<string, string>();
  const rows = await store.reports.recordsByIds(scope, [...details.keys()]);
  return rows
    .map((r) => ({
      id: r.id,
      siteId: r.siteId,
      date: r.occurredAt.slice(0, 10),
      type: r.type,
      code,
      detail: details.get(r.id) ?? '',
      maskedId: maskIdNumber(citizenIdOf(r.visitKey, r.body, citizens.get(r.id))),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
