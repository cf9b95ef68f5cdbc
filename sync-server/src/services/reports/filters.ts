// The date range (and, for national operators, province) a report covers. Dates are the sites'
// local dates, as written in the records' own ISO times. Bad input falls back to the default
// range and says so, rather than failing the page.
import { addDays, daysBetween, isIsoDate } from '../../../../src/domain/time';
import { isProvinceValue } from './scope';

export interface ReportFilter {
  from: string;
  to: string;
  /** Only honoured for national operators (see effectiveScope). */
  province?: string;
}

export const DEFAULT_DAYS = 14;
/** A year at most: the days become one IN list, and a page of 366 bars is already dense. */
export const MAX_DAYS = 366;

/** Today's date in Vietnam (UTC+7), where the sites are. */
export const todayInVietnam = (now: Date): string =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

export function parseFilter(
  query: { from?: unknown; to?: unknown; province?: unknown },
  today: string,
): { filter: ReportFilter; invalid: boolean } {
  const province =
    typeof query.province === 'string' && isProvinceValue(query.province.normalize('NFC'))
      ? query.province.normalize('NFC')
      : undefined;
  const fallback = { from: addDays(today, 1 - DEFAULT_DAYS), to: today, province };
  const given = (v: unknown) => typeof v === 'string' && v !== '';
  if (!given(query.from) && !given(query.to)) return { filter: fallback, invalid: false };
  const to = given(query.to) ? String(query.to) : today;
  const from = given(query.from) ? String(query.from) : addDays(to, 1 - DEFAULT_DAYS);
  const span = isIsoDate(from) && isIsoDate(to) ? daysBetween(from, to) : -1;
  if (span < 0 || span >= MAX_DAYS) return { filter: fallback, invalid: true };
  return { filter: { from, to, province }, invalid: false };
}

/** Every date from `from` to `to`, both included. */
export function daysOf(filter: Pick<ReportFilter, 'from' | 'to'>): string[] {
  const days: string[] = [];
  for (let d = filter.from; d <= filter.to; d = addDays(d, 1)) days.push(d);
  return days;
}
