// Imports registrations from a CSV file exported by the platform or kept by the ward.
//
// The first row is a header naming the columns, in any order (unknown ones are reported, then ignored):
//   code            registration code printed on the slip (4–16 letters/digits)   required
//   full_name       citizen's full name, with diacritics                          required
//   dob             date of birth, YYYY-MM-DD or dd/MM/yyyy, or a year alone YYYY  required
//   sex             M / F / Nam / Nữ                                              required
//   id_number       12-digit personal ID or 9-digit old ID                        required from 18
//   phone           Vietnamese mobile (+84…, 84…, 0…; spaces, dots, dashes ok)    optional
//   address         free text                                                     optional
//   priority_group  code from src/domain/priority-groups (default 9)             optional
//   session_date    YYYY-MM-DD or dd/MM/yyyy (default: the import's session date) optional*
//   guardian_name   required under 18 on the session date
//   guardian_phone  required under 18 on the session date
// (*required when the import gives no default.) RFC 4180 quoting, a UTF-8 BOM and CRLF or LF line ends are accepted. A bad row is reported
// (line, column, message) and skipped; the good rows are returned. Unlike records from the site,
// an ID that disagrees with the DOB/sex is an error here: the admin is at hand to fix the file.
import { isMinor } from '../../../src/domain/age';
import { bornAfter, readBirthDate } from '../../../src/domain/birth-date';
import { checkCitizenId } from '../../../src/domain/citizen-id';
import { readCsv } from '../../../src/domain/csv';
import { newId } from '../../../src/domain/ids';
import { normalizePhone } from '../../../src/domain/phone';
import { priorityGroupByCode } from '../../../src/domain/priority-groups';
import type { Registration } from '../../../src/domain/protocol';
import type { Citizen, Sex } from '../../../src/domain/records';
import { DATE_PROBLEM_TEXT, parseDate, type LocalDate } from '../../../src/domain/local-date';

export interface CsvError {
  line: number;
  field: string;
  message: string;
}

const COLUMNS = [
  'code',
  'full_name',
  'dob',
  'sex',
  'id_number',
  'phone',
  'address',
  'priority_group',
  'session_date',
  'guardian_name',
  'guardian_phone',
] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ['code', 'full_name', 'dob', 'sex'];
const SEXES: Readonly<Record<string, Sex>> = { m: 'M', f: 'F', nam: 'M', nữ: 'F' };
const MAX_NAME = 200;

type Fail = (field: string, message: string) => null;

export function parseRegistrationsCsv(
  text: string,
  defaults: { sessionDate?: LocalDate } = {},
): { registrations: Registration[]; errors: CsvError[] } {
  const [header, ...rows] = readCsv(text);
  if (header === undefined) {
    return { registrations: [], errors: [{ line: 1, field: '', message: 'The file is empty' }] };
  }
  const { index, errors } = readHeader(header.line, header.fields);
  const registrations: Registration[] = [];
  if (REQUIRED_COLUMNS.some((c) => !index.has(c))) return { registrations, errors };
  const seenCodes = new Map<string, number>();
  const seenIds = new Map<string, number>();
  for (const row of rows) {
    const fail: Fail = (field, message) => {
      errors.push({ line: row.line, field, message });
      return null;
    };
    if (row.error !== undefined || row.fields.length !== header.fields.length) {
      fail('', row.error ?? `Expected ${header.fields.length} fields, found ${row.fields.length}`);
      continue;
    }
    const get = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? '' : (row.fields[i] ?? '').trim();
    };
    const before = errors.length;
    const registration = readRow(get, defaults.sessionDate, fail);
    if (registration === null || errors.length > before) continue;
    const { code, citizen } = registration;
    const dupCode = seenCodes.get(code);
    const dupId = citizen.id === undefined ? undefined : seenIds.get(citizen.id);
    if (dupCode !== undefined) fail('code', `Same code as line ${dupCode}`);
    if (dupId !== undefined) fail('id_number', `Same ID number as line ${dupId}`);
    if (dupCode !== undefined || dupId !== undefined) continue;
    seenCodes.set(code, row.line);
    if (citizen.id !== undefined) seenIds.set(citizen.id, row.line);
    registrations.push(registration);
  }
  return { registrations, errors };
}

/** Column positions by name; missing required columns and unknown (misspelt?) ones are errors. */
function readHeader(
  line: number,
  names: string[],
): { index: Map<string, number>; errors: CsvError[] } {
  const index = new Map(names.map((name, i) => [name.trim().toLowerCase(), i]));
  const known: readonly string[] = COLUMNS;
  const errors: CsvError[] = [
    ...REQUIRED_COLUMNS.filter((c) => !index.has(c)).map((c) => ({
      line,
      field: c,
      message: `Missing column ${c}`,
    })),
    ...[...index.keys()]
      .filter((c) => !known.includes(c))
      .map((c) => ({
        line,
        field: c,
        message: `Unknown column ${c}, ignored; the columns are ${COLUMNS.join(', ')}`,
      })),
  ];
  return { index, errors };
}

/** One row as a registration, or null; every problem goes to `fail`. */
function readRow(
  get: (c: Column) => string,
  defaultSession: LocalDate | undefined,
  fail: Fail,
): Registration | null {
  const code = get('code').toUpperCase();
  if (!/^[A-Z0-9]{4,16}$/.test(code)) fail('code', 'Must be 4–16 letters or digits');
  const fullName = readName(get('full_name'));
  if (fullName === '' || fullName.length > MAX_NAME)
    fail('full_name', `Must be 1–${MAX_NAME} characters`);
  const dob = readDob(get('dob'), fail);
  const sex = SEXES[get('sex').normalize('NFC').toLowerCase()];
  if (sex === undefined) fail('sex', 'Must be M, F, Nam or Nữ');
  const sessionDate =
    get('session_date') === ''
      ? (defaultSession ?? fail('session_date', 'Required: the import gives no session date'))
      : readDate(get('session_date'), 'session_date', fail);
  const priorityGroup = get('priority_group') || '9';
  if (priorityGroupByCode(priorityGroup) === undefined)
    fail('priority_group', `Unknown priority group ${priorityGroup}`);
  if (dob === null || sex === undefined || sessionDate === null) return null;
  if (bornAfter(dob, sessionDate)) return fail('dob', 'Must not be after the session');

  const citizen: Citizen = { fullName, dob, sex };
  const minor = isMinor(dob, sessionDate);
  const idNumber = get('id_number');
  if (idNumber !== '') {
    const check = checkCitizenId(idNumber, { dob, sex });
    for (const problem of [...check.errors, ...check.warnings]) fail('id_number', problem.message);
    citizen.id = idNumber;
  } else if (!minor) {
    fail('id_number', 'Required from age 18');
  }
  const phone = readPhone(get('phone'), 'phone', fail);
  if (phone !== undefined) citizen.phone = phone;
  if (get('address') !== '') citizen.address = get('address');
  const guardianName = readName(get('guardian_name'));
  const guardianPhone = readPhone(get('guardian_phone'), 'guardian_phone', fail);
  if (minor || guardianName !== '' || get('guardian_phone') !== '') {
    const why = minor ? 'Required under 18' : 'Give both guardian name and phone, or neither';
    if (guardianName === '') fail('guardian_name', why);
    if (get('guardian_phone') === '') fail('guardian_phone', why);
    if (guardianName !== '' && guardianPhone !== undefined)
      citizen.guardian = { name: guardianName, phone: guardianPhone };
  }
  return { id: newId(), code, sessionDate, priorityGroup, citizen, previousDoses: [] };
}

/** A date cell (YYYY-MM-DD or dd/MM/yyyy), or null after saying what is wrong with it. */
function readDate(raw: string, field: Column, fail: Fail): LocalDate | null {
  const reading = parseDate(raw);
  if (reading.ok) return reading.date;
  return fail(
    field,
    `Must be a date YYYY-MM-DD or dd/MM/yyyy: ${DATE_PROBLEM_TEXT[reading.problem]}`,
  );
}

/** Many elderly people know only their year of birth: a year alone is kept as one. */
function readDob(raw: string, fail: Fail): string | null {
  const year = readBirthDate(raw);
  if (year.ok && year.yearOnly) return year.dob;
  return /^\d{4}$/.test(raw)
    ? fail('dob', `Year of birth ${raw} is outside 1900–2100`)
    : readDate(raw, 'dob', fail);
}

const readName = (raw: string): string => raw.normalize('NFC').replace(/\s+/g, ' ');

function readPhone(raw: string, field: string, fail: Fail): string | undefined {
  if (raw === '') return undefined;
  const phone = normalizePhone(raw);
  if (phone === null) fail(field, 'Must be a Vietnamese mobile number');
  return phone ?? undefined;
}
