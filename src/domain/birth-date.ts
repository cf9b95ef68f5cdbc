// A date of birth (docs/architecture.md §3): a full date YYYY-MM-DD, or a year alone YYYY, because
// many elderly people know only the year they were born. One reader, used by the tablet's forms and
// by the server's record validation alike, so both accept and refuse exactly the same values.
import { isPlausibleYear, readLocalDate, type DateProblem } from './local-date';

export type BirthDateReading =
  { ok: true; dob: string; year: number; yearOnly: boolean } | { ok: false; problem: DateProblem };

const YEAR = /^\d{4}$/;

/** Reads a stored date of birth: 'YYYY-MM-DD' or 'YYYY' of a plausible year. */
export function readBirthDate(s: unknown): BirthDateReading {
  if (typeof s === 'string' && YEAR.test(s)) {
    const year = Number(s);
    return isPlausibleYear(year)
      ? { ok: true, dob: s, year, yearOnly: true }
      : { ok: false, problem: 'year-range' };
  }
  const reading = readLocalDate(s);
  if (!reading.ok) return reading;
  return { ok: true, dob: reading.date, year: Number(reading.date.slice(0, 4)), yearOnly: false };
}

/**
 * True when the birth cannot have happened by `onDate` (YYYY-MM-DD). A year alone is after only
 * when the whole year is: someone born "in 2026" may be at the desk on 1 January 2026.
 */
export function bornAfter(dob: string, onDate: string): boolean {
  return YEAR.test(dob) ? dob > onDate.slice(0, 4) : dob > onDate;
}

/**
 * Reads a date of birth as typed at the desk: dd/mm/yyyy (1- or 2-digit day and month, any of
 * / . - as separators), eight digits ddmmyyyy, YYYY-MM-DD, or, when `yearAlone`, four digits
 * yyyy. Never month first, whatever the browser's locale.
 */
export function parseTypedDate(text: string, yearAlone: boolean): BirthDateReading {
  const s = text.trim();
  if (yearAlone && YEAR.test(s)) return readBirthDate(s);
  // Year first is never ambiguous: a pasted YYYY-MM-DD is read as it is.
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return readBirthDate(s);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m === null) return { ok: false, problem: 'format' };
  return readBirthDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
}

/**
 * What the field shows while digits are typed: up to four digits as they are (a year, or the
 * start of a date), then dd/mm/yyyy with the slashes put in, so a tablet's number pad (which has
 * no slash) is enough. Text the person typed with separators is left as typed.
 */
export function shapeTypedDate(raw: string): string {
  if (/[/.-]/.test(raw)) return raw.replace(/[^\d/.-]/g, '').slice(0, 10);
  const digits = raw.replace(/\D/g, '').slice(0, 8);
  if (digits.length <= 4) return digits;
  return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`;
}

/** A stored date of birth as the field shows it again: dd/mm/yyyy, or the year alone. */
export const typedTextOf = (dob: string): string => {
  const reading = readBirthDate(dob);
  if (!reading.ok) return '';
  if (reading.yearOnly) return reading.dob;
  const [y, m, d] = reading.dob.split('-');
  return `${d}/${m}/${y}`;
};
