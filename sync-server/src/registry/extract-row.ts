// One data row of the extract read into a RegistryPerson, or the first thing wrong with it: the
// line, the column and the reason the operator reads (docs/registry.md, "Extract").
import { isPlausibleYear, readLocalDate } from '../../../src/domain/local-date';
import { normalizePhone } from '../../../src/domain/phone';
import type { Sex } from '../../../src/domain/records';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import type { ColumnIndex, ColumnName } from './extract-columns';

export interface Refusal {
  line: number;
  /** The column at fault; absent when the row as a whole is (its field count, a broken quote). */
  column?: string;
  reason: string;
}

/** A value's problem, or its reading. */
type Reading<T> = { value: T } | { problem: string };

const MAX_NAME_LENGTH = 100;

function idNumber(s: string): Reading<string> {
  if (/^\d{12}$/.test(s)) return { value: s };
  if (s === '') return { problem: 'required' };
  if (/^\d{9,11}$/.test(s))
    return { problem: `must be 12 digits, got ${s.length} (a leading 0 lost in a spreadsheet?)` };
  return { problem: `must be 12 digits, got "${s}"` };
}

function fullName(s: string): Reading<string> {
  const name = s.normalize('NFC').replace(/\s+/g, ' ');
  if (name === '') return { problem: 'required' };
  if (/\d/.test(name)) return { problem: `a name has no digits, got "${name}"` };
  if (name.length > MAX_NAME_LENGTH)
    return { problem: `longer than ${MAX_NAME_LENGTH} characters` };
  return { value: name };
}

/** `YYYY-MM-DD` (a real date), `YYYY-MM` or `YYYY`, from 1900 and not after `today`. */
function dob(s: string, today: string): Reading<string> {
  if (s === '') return { problem: 'required' };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m === null) return { problem: `must be YYYY-MM-DD, YYYY-MM or YYYY, got "${s}"` };
  const [, year, month, day] = m;
  if (!isPlausibleYear(Number(year))) return { problem: `the year ${year} is before 1900` };
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    return { problem: `no such month: ${s}` };
  if (day !== undefined && !readLocalDate(s).ok) return { problem: `no such day: ${s}` };
  if (s > today.slice(0, s.length)) return { problem: `${s} is in the future` };
  return { value: s };
}

const SEXES: Record<string, Sex> = { m: 'M', nam: 'M', f: 'F', nữ: 'F' };

function sex(s: string): Reading<Sex | undefined> {
  if (s === '') return { value: undefined };
  const found = SEXES[s.normalize('NFC').toLowerCase()];
  return found ? { value: found } : { problem: `must be M, F, Nam or Nữ, got "${s}"` };
}

const digits =
  (n: number, optional: boolean) =>
  (s: string): Reading<string | undefined> => {
    if (s === '') return optional ? { value: undefined } : { problem: 'required' };
    return new RegExp(`^\\d{${n}}$`).test(s)
      ? { value: s }
      : { problem: `must be ${n} digits, got "${s}"` };
  };

function phone(s: string): Reading<string | undefined> {
  if (s === '') return { value: undefined };
  const national = normalizePhone(s);
  return national ? { value: national } : { problem: `not a Vietnamese mobile number: "${s}"` };
}

/** A value's problem, thrown by `read` so the row stops at its first bad column. */
class ValueProblem extends Error {
  constructor(
    readonly column: ColumnName,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the row at `line`. `today` (`YYYY-MM-DD`, the date in Vietnam) bounds birth dates. Values
 * are trimmed; text that was not valid UTF-8 (decoded as U+FFFD) is refused rather than stored.
 */
export function readRow(
  fields: readonly string[],
  line: number,
  columns: ColumnIndex,
  width: number,
  today: string,
): RegistryPerson | Refusal {
  if (fields.length !== width)
    return { line, reason: `the row has ${fields.length} fields, the header ${width}` };
  const read = <T>(column: ColumnName, reader: (s: string) => Reading<T>): T => {
    const at = columns[column];
    const raw = at === undefined ? '' : (fields[at] ?? '').trim();
    const reading = raw.includes('\uFFFD') ? { problem: 'not valid UTF-8 text' } : reader(raw);
    if ('problem' in reading) throw new ValueProblem(column, reading.problem);
    return reading.value;
  };
  try {
    const person: RegistryPerson = {
      idNumber: read('id_number', idNumber),
      fullName: read('full_name', fullName),
      dob: read('dob', (s) => dob(s, today)),
    };
    const sexOf = read('sex', sex);
    const province = read('province_code', digits(2, false));
    const commune = read('commune_code', digits(5, true));
    const mobile = read('phone', phone);
    return {
      ...person,
      ...(sexOf !== undefined && { sex: sexOf }),
      ...(province !== undefined && { provinceCode: province }),
      ...(commune !== undefined && { communeCode: commune }),
      ...(mobile !== undefined && { phone: mobile }),
    };
  } catch (err) {
    if (err instanceof ValueProblem) return { line, column: err.column, reason: err.message };
    throw err;
  }
}
