// The one date type (docs/architecture.md §10): a calendar date as people at the site write it,
// YYYY-MM-DD. Every date that enters (records, report filters, registrations, lots, admin options)
// is read through readLocalDate, which refuses anything that is not a real date of a plausible
// year, so no loop or sort downstream meets year 0000, 9999 or 10000.

declare const localDateBrand: unique symbol;
/** A real Gregorian date YYYY-MM-DD; only readLocalDate and the arithmetic below make one. */
export type LocalDate = string & { readonly [localDateBrand]: true };

/**
 * Plausible years for any date that enters: the oldest living citizens were born after 1900, and
 * no session, lot expiry or record of this programme lies beyond 2100. Inside it Date arithmetic
 * is exact and every date keeps four digits, so dates sort as strings.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/** Why a text is not a date: wrong shape, no such day (2026-02-30), or an implausible year. */
export type DateProblem = 'format' | 'not-a-date' | 'year-range';

export type DateReading = { ok: true; date: LocalDate } | { ok: false; problem: DateProblem };

/** Each problem in English, for operators and logs ("must be a date YYYY-MM-DD: …"). */
export const DATE_PROBLEM_TEXT: Record<DateProblem, string> = {
  format: 'not written as YYYY-MM-DD',
  'not-a-date': 'no such day in the calendar',
  'year-range': `the year is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 86_400_000;

/** Gregorian calendar arithmetic rather than a Date: the server checks several per record. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

export const isPlausibleYear = (year: number): boolean =>
  year >= EARLIEST_YEAR && year <= LATEST_YEAR;

/** Reads `s` as a date YYYY-MM-DD, saying what is wrong when it is not one. */
export function readLocalDate(s: unknown): DateReading {
  const m = typeof s === 'string' ? ISO_DATE.exec(s) : null;
  if (m === null) return { ok: false, problem: 'format' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(year, month, day)) return { ok: false, problem: 'not-a-date' };
  if (!isPlausibleYear(year)) return { ok: false, problem: 'year-range' };
  return { ok: true, date: s as LocalDate };
}

export const isLocalDate = (s: unknown): s is LocalDate => readLocalDate(s).ok;

/** The date `s` names, or null: for callers that need no reason. */
export function toLocalDate(s: unknown): LocalDate | null {
  const reading = readLocalDate(s);
  return reading.ok ? reading.date : null;
}

/** A date typed as YYYY-MM-DD or Vietnamese dd/MM/yyyy (1- or 2-digit day and month). */
export function parseDate(s: string): DateReading {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return readLocalDate(
    dmy === null ? s : `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`,
  );
}

const epochDay = (date: LocalDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The date of a UTC epoch day; years stay four digits or this throws (a caller's bug, not data). */
function fromEpochDay(day: number): LocalDate {
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear();
  if (!Number.isFinite(year) || year < 1 || year > 9999) {
    throw new RangeError(`date arithmetic left the calendar (epoch day ${day})`);
  }
  return d.toISOString().slice(0, 10) as LocalDate;
}

/** Days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  epochDay(to) - epochDay(from);

/** `date` moved by whole `days`. */
export const addDays = (date: LocalDate, days: number): LocalDate =>
  fromEpochDay(epochDay(date) + Math.trunc(days));

/** `date` moved by whole calendar months; a day past the month's end clamps to it. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + Math.trunc(months);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromEpochDay(Date.UTC(year, month - 1, Math.min(d, lastDay)) / DAY_MS);
}

/**
 * Every date from `from` to `to`, both included, at most `maxDays` of them: the count is known
 * before the loop runs, so no pair of dates can make it run unbounded.
 */
export function datesFrom(from: LocalDate, to: LocalDate, maxDays: number): LocalDate[] {
  const count = daysBetween(from, to) + 1;
  if (count > maxDays) throw new RangeError(`${count} days from ${from} to ${to}, over ${maxDays}`);
  const start = epochDay(from);
  return Array.from({ length: Math.max(0, count) }, (_, i) => fromEpochDay(start + i));
}
