// The date range (and, for national operators, province) a report covers. Dates are the sites'
// local dates, as written in the records' own ISO times; operators type them dd/mm/yyyy. A range that cannot be shown (a date
// that is not one, an implausible year, from after to, more than MAX_DAYS days) is refused with
// the reason, so the operator sees what to fix instead of another range than the one asked for.
import {
  addDays,
  datesFrom,
  daysBetween,
  parseDate,
  readLocalDate,
  type DateProblem,
  type DateReading,
  type LocalDate,
} from '../../../src/domain/local-date';
import { isProvinceValue } from '../operators';

export interface ReportFilter {
  from: LocalDate;
  to: LocalDate;
  /** Only honoured for national operators (see effectiveScope). */
  province?: string;
}

export const DEFAULT_DAYS = 14;
/** A year at most: the days become one IN list, and a page of 366 bars is already dense. */
export const MAX_DAYS = 366;

/** What is wrong with a requested range: one of its dates, or the two together. */
export type FilterProblem =
  | { field: 'from' | 'to'; problem: DateProblem; given: string }
  | { field: 'range'; problem: 'reversed' | 'too-long' };

export type FilterReading =
  | { ok: true; filter: ReportFilter }
  /** `filter` is the default range, for the form that asks again. */
  | { ok: false; problem: FilterProblem; filter: ReportFilter };

/** Today's date in Vietnam (UTC+7), where the sites are. */
export const todayInVietnam = (now: Date): LocalDate =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10) as LocalDate;

/**
 * A filter date as typed in the form (dd/mm/yyyy, or its eight digits alone: a phone's number
 * pad may have no "/") or as links and bookmarks write it (YYYY-MM-DD).
 */
export function readFilterDate(v: unknown): DateReading {
  if (typeof v !== 'string') return readLocalDate(v);
  const typed = v.trim();
  const digits = /^(\d{2})(\d{2})(\d{4})$/.exec(typed);
  return parseDate(digits === null ? typed : `${digits[1]}/${digits[2]}/${digits[3]}`);
}

export function parseFilter(
  query: { from?: unknown; to?: unknown; province?: unknown },
  today: LocalDate,
): FilterReading {
  const province =
    typeof query.province === 'string' && isProvinceValue(query.province.normalize('NFC'))
      ? query.province.normalize('NFC')
      : undefined;
  const lastDays = (to: LocalDate) => addDays(to, 1 - DEFAULT_DAYS);
  const fallback: ReportFilter = { from: lastDays(today), to: today, province };
  const refuse = (problem: FilterProblem): FilterReading => ({
    ok: false,
    problem,
    filter: fallback,
  });
  // A repeated parameter arrives as an array: given, and refused as not a date.
  const given = (v: unknown): boolean => v !== undefined && v !== '';
  if (!given(query.from) && !given(query.to)) return { ok: true, filter: fallback };

  const to = given(query.to) ? readFilterDate(query.to) : ({ ok: true, date: today } as const);
  if (!to.ok) return refuse({ field: 'to', problem: to.problem, given: String(query.to) });
  const from = given(query.from)
    ? readFilterDate(query.from)
    : ({ ok: true, date: lastDays(to.date) } as const);
  if (!from.ok) return refuse({ field: 'from', problem: from.problem, given: String(query.from) });
  const span = daysBetween(from.date, to.date);
  if (span < 0) return refuse({ field: 'range', problem: 'reversed' });
  if (span >= MAX_DAYS) return refuse({ field: 'range', problem: 'too-long' });
  return { ok: true, filter: { from: from.date, to: to.date, province } };
}

/** Every date from `from` to `to`, both included; never more than MAX_DAYS of them. */
export const daysOf = (filter: Pick<ReportFilter, 'from' | 'to'>): LocalDate[] =>
  datesFrom(filter.from, filter.to, MAX_DAYS);
