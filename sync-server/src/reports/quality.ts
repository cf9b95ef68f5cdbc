// The data-quality report (docs/reports.md): how many of the scope's records carry each flag
// set at ingest (ID structure vs. date of birth and sex, adults without an ID, minors without a
// guardian, doses from a lot the site was never given), plus duplicate doses
// (docs/architecture.md §1: one citizen with two injections of the same dose number, or two on the
// same day, judged against their doses at every site; both records of a pair are affected), and the
// list of affected records behind each count. The database counts (quality-queries.ts); only a
// drill-down list is read, and it is bounded.
import type { CheckinRecord, VaxRecord } from '../../../src/domain/records';
import { parseVisitKey } from '../../../src/domain/visit-key';
import type { Store } from '../store/store';
import { duplicatePairs, type DuplicatePair } from './duplicate-pairs';
import { daysOf, type ReportFilter } from './filters';
import { withinLimit } from './limit';
import { REPORT_MAX_RECORDS } from '../config';
import { maskIdNumber } from './mask';
import type { OperatorScope } from '../operators';
import { qualityQueriesRepo } from './queries/quality-queries';
import { reportQueriesRepo } from './queries/report-queries';

export const DUPLICATE_DOSE = 'duplicate-dose';

/** Flags in the order the page lists them; other codes found follow, alphabetically. */
export const KNOWN_FLAGS = [
  'id-birthyear-mismatch',
  'id-century-mismatch',
  'id-sex-mismatch',
  'missing-id',
  'minor-without-guardian',
  'unknown-lot',
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
  /** A duplicate dose: this record and the ones that repeat it, to find both. */
  duplicate?: DuplicatePair;
}

/** Throws ReportTooLargeError when more than `limit` records carry the flag. */
async function flagged(
  store: Store,
  scope: OperatorScope,
  days: string[],
  code: string,
  limit: number,
): Promise<{ details: Map<string, string>; citizens: Map<string, string> }> {
  const citizens = new Map<string, string>();
  if (code !== DUPLICATE_DOSE) {
    const rows = withinLimit(
      await qualityQueriesRepo(store).flagged(scope, days, code, limit + 1),
      limit,
    );
    return { details: new Map(rows.map((r) => [r.recordId, r.message])), citizens };
  }
  const details = new Map<string, string>();
  for (const d of withinLimit(
    await qualityQueriesRepo(store).duplicates(scope, days, limit + 1),
    limit,
  )) {
    details.set(d.recordId, describe(d));
    citizens.set(d.recordId, d.citizenId);
  }
  return { details, citizens };
}

/** The reasons as codes (`same-dose-number same-day`); the page words them. */
const describe = (d: { sameDoseNumber: boolean; sameDay: boolean }): string =>
  [d.sameDoseNumber && 'same-dose-number', d.sameDay && 'same-day'].filter(Boolean).join(' ');

/** Records per flag, known flags first; duplicate doses count only the scope's own records. */
export async function qualityCounts(
  store: Store,
  scope: OperatorScope,
  filter: ReportFilter,
): Promise<{ code: string; records: number }[]> {
  const days = daysOf(filter);
  const counts = new Map<string, number>(KNOWN_FLAGS.map((c) => [c, 0]));
  for (const f of await qualityQueriesRepo(store).flagCounts(scope, days))
    counts.set(f.code, f.records);
  counts.set(DUPLICATE_DOSE, await qualityQueriesRepo(store).duplicateCount(scope, days));
  const known: readonly string[] = KNOWN_FLAGS;
  const others = [...counts.keys()].filter((c) => !known.includes(c)).sort();
  return [...known, ...others].map((code) => ({ code, records: counts.get(code) ?? 0 }));
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
  const { details, citizens } = await flagged(store, scope, daysOf(filter), code, limit);
  const rows = await reportQueriesRepo(store).recordsByIds(scope, [...details.keys()]);
  const pairs =
    code === DUPLICATE_DOSE ? await duplicatePairs(store, scope, [...details.keys()]) : undefined;
  return rows
    .map((r) => ({
      id: r.id,
      siteId: r.siteId,
      date: r.occurredAt.slice(0, 10),
      type: r.type,
      code,
      detail: details.get(r.id) ?? '',
      maskedId: maskIdNumber(citizenIdOf(r.visitKey, r.body, citizens.get(r.id))),
      ...(pairs?.has(r.id) && { duplicate: pairs.get(r.id) }),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
