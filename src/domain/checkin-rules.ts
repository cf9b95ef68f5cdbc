// Checkin data (docs/architecture.md §3) and its data-quality flags (docs/protocol.md): an ID that
// disagrees with the DOB/sex, a minor without a guardian or an adult without an ID is accepted but
// flagged, so nothing seen at the desk is lost while the report still shows what needs a second
// look.
import { isMinor } from './age';
import { bornAfter } from './birth-date';
import { checkCitizenId } from './citizen-id';
import { FieldReader, isObject, type Obj } from './field-reader';
import { uuidProblem } from './ids';
import { normalizePhone } from './phone';
import type { CheckinMethod, FieldError, Sex } from './records';

const METHODS: readonly CheckinMethod[] = ['cccd-qr', 'personal-qr', 'registration-qr', 'manual'];
const SEXES: readonly Sex[] = ['M', 'F'];
const isPhone = (s: string): boolean => normalizePhone(s) !== null;

/** `visitDate` is the local date of occurredAt (when valid): ages and "born in the future" use it. */
export function checkCheckinData(r: FieldReader, data: Obj, visitDate?: string): FieldError[] {
  r.oneOf(data, 'method', 'data.method', METHODS);
  r.checked(data, 'registrationId', 'data.registrationId', uuidProblem, true);
  checkPriorDoses(r, data.priorDoses);
  const citizen = r.object(data, 'citizen', 'data.citizen');
  return citizen === undefined ? [] : checkCitizen(r, citizen, 'data.citizen', visitDate);
}

/** A certificate states one dose (schema 1.3.0); older ones at most nine. */
const MAX_PRIOR_DOSES = 9;

function checkPriorDoses(r: FieldReader, doses: unknown): void {
  if (doses === undefined) return;
  const path = 'data.priorDoses';
  if (!Array.isArray(doses)) return void r.fail(path, 'type', 'Must be a list of doses');
  if (doses.length > MAX_PRIOR_DOSES) {
    return void r.fail(path, 'too-long', `At most ${MAX_PRIOR_DOSES} doses`);
  }
  doses.forEach((dose: unknown, i) => {
    if (!isObject(dose)) return void r.fail(`${path}.${i}`, 'type', 'Must be an object');
    r.date(dose, 'date', `${path}.${i}.date`);
    r.string(dose, 'vaccine', `${path}.${i}.vaccine`, { max: 80 });
    r.number(dose, 'doseNumber', `${path}.${i}.doseNumber`, { min: 1, max: 9, integer: true });
  });
}

/** Checks a citizen object at `path`; returns the flags (errors go to the reader). */
export function checkCitizen(r: FieldReader, c: Obj, path: string, onDate?: string): FieldError[] {
  r.string(c, 'fullName', `${path}.fullName`, { max: 200 });
  // The date type already refuses births before 1900; a birth after the visit is impossible too.
  let dob: string | undefined = r.birthDate(c, 'dob', `${path}.dob`);
  if (dob !== undefined && onDate !== undefined && bornAfter(dob, onDate)) {
    dob = r.fail(`${path}.dob`, 'range', 'Must not be after the visit');
  }
  const sex = r.oneOf(c, 'sex', `${path}.sex`, SEXES);
  r.formatted(c, 'phone', `${path}.phone`, isPhone, 'a Vietnamese mobile number', true);
  r.string(c, 'address', `${path}.address`, { optional: true });
  const guardian = r.object(c, 'guardian', `${path}.guardian`, true);
  if (guardian !== undefined) {
    r.string(guardian, 'name', `${path}.guardian.name`, { max: 200 });
    r.formatted(guardian, 'phone', `${path}.guardian.phone`, isPhone, 'a Vietnamese mobile number');
  }

  const flags: FieldError[] = [];
  const id = r.string(c, 'id', `${path}.id`, { optional: true });
  if (id !== undefined) {
    const check = checkCitizenId(id, { dob, sex });
    for (const e of check.errors) r.fail(`${path}.id`, e.code, e.message);
    for (const w of check.warnings) flags.push({ ...w, field: `${path}.id` });
  }
  if (dob !== undefined && onDate !== undefined) {
    if (!isMinor(dob, onDate)) {
      if (id === undefined)
        flags.push(flag(`${path}.id`, 'missing-id', 'Adult checked in without an ID number'));
    } else if (guardian === undefined) {
      flags.push(
        flag(`${path}.guardian`, 'minor-without-guardian', 'Minor checked in without a guardian'),
      );
    }
  }
  return flags;
}

const flag = (field: string, code: string, message: string): FieldError => ({
  field,
  code,
  message,
});
