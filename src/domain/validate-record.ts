// The one validation of a record (docs/architecture.md §2), run by the tablet before saving and by
// the server before storing. Input is untrusted JSON: this never throws, whatever it is given.
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
import { checkRecordTimes } from './record-times';
import type { FieldError, RecordType, VaxRecord } from './records';
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

/**
 * Checks a record entering here; `now` is this side's clock (the tablet's on the tablet, the
 * server's on the server), against which a time too far ahead is flagged.
 */
export function validateRecord(input: unknown, now: Date): RecordValidation {
  return validateAt(input, now);
}

/** What makes a record invalid, for a result that is never stored (a correction's preview). */
export function recordErrors(input: unknown): FieldError[] {
  const result = validateAt(input, undefined);
  return result.ok ? [] : result.errors;
}

function validateAt(input: unknown, now: Date | undefined): RecordValidation {
  try {
    return validate(input, now);
  } catch {
    // Only exotic inputs (proxies, throwing getters) can get here; JSON never does.
    return { ok: false, errors: [{ field: '', code: 'type', message: 'Unreadable record' }] };
  }
}

function validate(input: unknown, now: Date | undefined): RecordValidation {
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
  // The void mark belongs to a record as it now stands (voids.ts): only a correction voids.
  if (Object.hasOwn(input, 'voided')) {
    r.fail('voided', 'not-allowed', 'A record is voided by a void correction, not by itself');
  }
  const times = checkRecordTimes(r, input, now);
  const data = r.object(input, 'data', 'data');
  const flags = [
    ...times.flags,
    ...(data !== undefined && type !== undefined
      ? DATA_CHECKS[type](r, data, times.visitDate)
      : []),
  ];

  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return { ok: true, record: input as unknown as VaxRecord, flags };
}
