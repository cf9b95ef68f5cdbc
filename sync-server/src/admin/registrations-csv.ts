// Imports registrations from a CSV file exported by the platform or kept by the ward.
//
// The first row is a header naming the columns, in any order (unknown columns are ignored):
//   code            registration code printed on the slip (4–16 letters/digits)   required
//   full_name       citizen's full name, with diacritics                          required
//   dob             date of birth, YYYY-MM-DD or dd/MM/yyyy                       required
//   sex             M / F / Nam / Nữ                                              required
//   id_number       12-digit personal ID or 9-digit old ID                        required from 18
//   phone           Vietnamese mobile (+84…, 84…, 0…; spaces, dots, dashes ok)    optional
//   address         free text                                                     optional
//   priority_group  code from src/domain/priority-groups (default 9)             optional
//   session_date    YYYY-MM-DD or dd/MM/yyyy (default: the import's session date) optional
//   guardian_name   required under 18 on the session date
//   guardian_phone  required under 18 on the session date
// RFC 4180 quoting, a UTF-8 BOM and CRLF or LF line ends are accepted. A bad row is reported
// (line, column, message) and skipped; the good rows are returned. Unlike records from the site,
// an ID that disagrees with the DOB/sex is an error here: the admin is at hand to fix the file.
import { isMinor } from '../../../src/domain/age';
import { checkCitizenId } from '../../../src/domain/citizen-id';
import { readCsv } from '../../../src/domain/csv';
import { newId } from '../../../src/domain/ids';
import { normalizePhone } from '../../../src/domain/phone';
import { priorityGroupByCode } from '../../../src/domain/priority-groups';
import type { Registration } from '../../../src/domain/protocol';
import type { Citizen, Sex } from '../../../src/domain/records';
import { isIsoDate } from '../../../src/domain/time';

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

export function parseRegistrationsCsv(
  text: string,
  defaults: { sessionDate: string },
): { registrations: Registration[]; errors: CsvError[] } {
  const [header, ...rows] = readCsv(text);
  const errors: CsvError[] = [];
  const registrations: Registration[] = [];
  if (header === undefined)
    return { registrations, errors: [{ line: 1, field: '', message: 'The file is empty' }] };
  const index = new Map(header.fields.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  // A misspelt optional column would otherwise drop its data silently.
  const unknown = [...index.keys()].filter(
    (name) => !(COLUMNS as readonly string[]).includes(name),
  );
  if (missing.length > 0 || unknown.length > 0) {
    return {
      registrations,
      errors: [
        ...missing.map((c) => ({ line: header.line, field: c, message: `Missing column ${c}` })),
        ...unknown.map((c) => ({
          line: header.line,
          field: c,
          message: `Unknown column ${c}; the columns are ${COLUMNS.join(', ')}`,
        })),
      ],
    };
  }
  const seenCodes = new Map<string, number>();
  const seenIds = new Map<string, number>();
  for (const row of rows) {
    const fail = (field: string, message: string): void =>
      void errors.push({ line: row.line, field, message });
    if (row.error !== undefined) {
      fail('', row.error);
      continue;
    }
    if (row.fields.length !== header.fields.length) {
      fail('', `Expected ${header.fields.length} fields, found ${row.fields.length}`);
      continue;
    }
    const get = (c: Column): string => {
      const i = index.get(c);
      return i === undefined ? '' : (row.fields[i] ?? '').trim();
    };
    const before = errors.length;
    const registration = readRow(get, defaults.sessionDate, fail);
    if (registration === null || errors.length > before) continue;
    const idNumber = registration.citizen.id;
    const dupCode = seenCodes.get(registration.code);
    const dupId = idNumber === undefined ? undefined : seenIds.get(idNumber);
    if (dupCode !== undefined) fail('code', `Same code as line ${dupCode}`);
    if (dupId !== undefined) fail('id_number', `Same ID number as line ${dupId}`);
    if (dupCode !== undefined || dupId !== undefined) continue;
    seenCodes.set(registration.code, row.line);
    if (idNumber !== undefined) seenIds.set(idNumber, row.line);
    registrations.push(registration);
  }
  return { registrations, errors };
}

/** One row as a registration, or null; every problem goes to `fail`. */
function readRow(
  get: (c: Column) => string,
  defaultSession: string,
  fail: (field: string, message: string) => void,
): Registration | null {
  const code = get('code').toUpperCase();
  if (!/^[A-Z0-9]{4,16}$/.test(code)) fail('code', 'Must be 4–16 letters or digits');
  const fullName = get('full_name').normalize('NFC').replace(/\s+/g, ' ');
  if (fullName === '' || fullName.length > MAX_NAME)
    fail('full_name', `Must be 1–${MAX_NAME} characters`);
  const dob = readDate(get('dob'));
  if (dob === null) fail('dob', 'Must be a real date, YYYY-MM-DD or dd/MM/yyyy');
  const sex = SEXES[get('sex').normalize('NFC').toLowerCase()];
  if (sex === undefined) fail('sex', 'Must be M, F, Nam or Nữ');
  const sessionDate = get('session_date') === '' ? defaultSession : readDate(get('session_date'));
  if (sessionDate === null) fail('session_date', 'Must be a real date, YYYY-MM-DD or dd/MM/yyyy');
  const priorityGroup = get('priority_group') || '9';
  if (priorityGroupByCode(priorityGroup) === undefined)
    fail('priority_group', `Unknown priority group ${priorityGroup}`);
  if (dob === null || sex === undefined || sessionDate === null) return null;
  if (dob < '1900-01-01' || dob > sessionDate)
    return (fail('dob', 'Must be after 1900 and not after the session'), null);

  const citizen: Citizen = { fullName, dob, sex };
  const idNumber = get('id_number');
  const minor = isMinor(dob, sessionDate);
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
  const guardianName = get('guardian_name').normalize('NFC').replace(/\s+/g, ' ');
  const guardianPhone = readPhone(get('guardian_phone'), 'guardian_phone', fail);
  if (minor || guardianName !== '' || get('guardian_phone') !== '') {
    if (guardianName === '')
      fail('guardian_name', minor ? 'Required under 18' : 'Required with a guardian phone');
    if (get('guardian_phone') === '')
      fail('guardian_phone', minor ? 'Required under 18' : 'Required with a guardian name');
    if (guardianName !== '' && guardianPhone !== undefined)
      citizen.guardian = { name: guardianName, phone: guardianPhone };
  }
  return { id: newId(), code, sessionDate, priorityGroup, citizen, previousDoses: [] };
}

/** YYYY-MM-DD or dd/MM/yyyy (day and month may have one digit), as YYYY-MM-DD; null if not a real date. */
function readDate(s: string): string | null {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso =
    dmy === null ? s : `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function readPhone(
  raw: string,
  field: string,
  fail: (field: string, message: string) => void,
): string | undefined {
  if (raw === '') return undefined;
  const phone = normalizePhone(raw);
  if (phone === null) fail(field, 'Must be a Vietnamese mobile number');
  return phone ?? undefined;
}
