// The one validation of a record (DESIGN §2), run by the tablet before saving and by the server
// before storing. Input is untrusted JSON: this never throws, whatever it is given.
import { checkCheckinData } from './checkin-rules';
import { FieldReader, isObject, type Obj } from './field-reader';
import { codeIdProblem, uuidProblem } from './ids';
import { checkLimits } from './record-limits';
import {
  checkCorrectionData,
  checkInjectionData,
  checkObservationData,
  checkScreeningData,
} from './record-shapes';
import type { FieldError, RecordType, VaxRecord } from './records';
import { isIsoWithOffset, localDateOf } from './time';
import { parseVisitKey, visitKeyProblem } from './visit-key';

export type RecordValidation =
  { ok: true; record: VaxRecord; flags: FieldError[] } | { ok: false; errors: FieldError[] };

export const RECORD_TYPES: readonly RecordType[] = [
  'checkin',
  'screening',
  'injection',
  'observation',
  'correction',
];

/** Checks one type's `data`; returns its flags. */
type DataCheck = (r: FieldReader, data: Obj, visitDate?: string) => FieldError[];
const noFlags =
  (check: (r: FieldReader, data: Obj) => void): DataCheck =>
  (r, data) => {
    check(r, data);
    return [];
  };

const DATA_CHECKS: Record<RecordType, DataCheck> = {
  checkin: checkCheckinData,
  screening: noFlags(checkScreeningData),
  injection: noFlags(checkInjectionData),
  observation: noFlags(checkObservationData),
  correction: noFlags(checkCorrectionData),
};

export function validateRecord(input: unknown): RecordValidation {
  try {
    return validate(input);
  } catch {
    // Only exotic inputs (proxies, throwing getters) can get here; JSON never does.
    return { ok: false, errors: [{ field: '', code: 'type', message: 'Unreadable record' }] };
  }
}

function validate(input: unknown): RecordValidation {
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [{ field: '', code: 'type', message: 'A record must be a JSON object' }],
    };
  }
  const limitErrors = checkLimits(input);
  if (limitErrors.length > 0) return { ok: false, errors: limitErrors };

  const r = new FieldReader();
  r.checked(input, 'id', 'id', uuidProblem);
  const type = r.oneOf(input, 'type', 'type', RECORD_TYPES);
  const siteId = r.checked(input, 'siteId', 'siteId', codeIdProblem);
  r.checked(input, 'staffId', 'staffId', codeIdProblem);
  const visitKey = r.string(input, 'visitKey', 'visitKey');
  if (visitKey !== undefined) {
    const parts = parseVisitKey(visitKey);
    // Parsed once; the reason is worked out only for a key that does not parse.
    const problem = parts === null ? visitKeyProblem(visitKey) : undefined;
    if (problem !== undefined) r.fail('visitKey', problem.code, problem.message);
    else if (siteId !== undefined && parts?.siteId !== siteId) {
      r.fail('visitKey', 'site-mismatch', 'The visit key names another site');
    }
  }
  const occurredAt = r.formatted(
    input,
    'occurredAt',
    'occurredAt',
    isIsoWithOffset,
    'an ISO 8601 time with offset',
  );
  const data = r.object(input, 'data', 'data');
  const visitDate = occurredAt === undefined ? undefined : localDateOf(occurredAt);
  const flags =
    data !== undefined && type !== undefined ? DATA_CHECKS[type](r, data, visitDate) : [];

  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return { ok: true, record: input as unknown as VaxRecord, flags };
}
