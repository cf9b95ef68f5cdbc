// Corrections (docs/architecture.md §3): records are never edited; a `correction` names its target
// and the new values by dotted path. The effective record is the original with its corrections
// applied in the order they were made, and both stay visible as the visit's history.
import { CORRECTABLE } from './correctable';
import type { CorrectionRecord, FieldError, VaxRecord } from './records';
import { isStaffRole, mayCorrect } from './roles';
import { recordErrors } from './validate-record';
import { isVoid, mayVoid, voidedBy, voidedErrors, withoutVoided } from './voids';

export { CORRECTABLE } from './correctable';

export interface CorrectedRecord {
  /** The record as it now stands. */
  record: VaxRecord;
  original: VaxRecord;
  /** Oldest first. */
  corrections: CorrectionRecord[];
}

function withChange(target: unknown, path: string, value: unknown): unknown {
  const [head = '', ...rest] = path.split('.');
  const obj = (typeof target === 'object' && target !== null ? target : {}) as Record<
    string,
    unknown
  >;
  const next = rest.length === 0 ? value : withChange(obj[head], rest.join('.'), value);
  const copy = { ...obj };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

export function applyChanges(record: VaxRecord, changes: Record<string, unknown>): VaxRecord {
  let result: unknown = record;
  for (const [path, value] of Object.entries(changes)) result = withChange(result, path, value);
  return result as VaxRecord;
}

/**
 * Problems with a correction of `target` (as it now stands): a voided target, paths it may not
 * change, or a result that is invalid.
 */
export function checkCorrection(target: VaxRecord, changes: Record<string, unknown>): FieldError[] {
  const voided = voidedErrors(target);
  if (voided.length > 0) return voided;
  const allowed = CORRECTABLE[target.type];
  const errors: FieldError[] = Object.keys(changes)
    .filter((path) => !allowed.includes(path))
    .map((path) => ({
      field: `data.changes.${path}`,
      code: 'not-correctable',
      message: `A ${target.type} record's ${path} cannot be corrected`,
    }));
  if (Object.keys(changes).length === 0) {
    errors.push({ field: 'data.changes', code: 'required', message: 'Nothing to correct' });
  }
  if (errors.length > 0) return errors;
  return recordErrors(applyChanges(target, changes)).map((e) => ({
    ...e,
    field: `data.changes.${e.field}`,
  }));
}

/** Problems with applying `correction` (a change or a void) to `target` as it now stands. */
export function correctionProblems(target: VaxRecord, correction: CorrectionRecord): FieldError[] {
  if (!isVoid(correction)) return checkCorrection(target, correction.data.changes);
  if (target.type === 'correction') {
    return [
      { field: 'data.targetId', code: 'not-correctable', message: 'A correction cannot be voided' },
    ];
  }
  return voidedErrors(target);
}

/** `record` as `correction` leaves it; the caller has checked it applies. */
export const applyCorrection = (record: VaxRecord, correction: CorrectionRecord): VaxRecord =>
  isVoid(correction) ? voidedBy(record, correction) : applyChanges(record, correction.data.changes);

/** A correction's target as found, with the site that stored it. */
export interface CorrectionTarget {
  siteId: string;
  record: VaxRecord;
}

const staffError = (code: string, message: string): FieldError[] => [
  { field: 'staffId', code, message },
];

/**
 * Why a correction may not take effect on its target; empty when it may. Judged when it would
 * take effect (docs/architecture.md §10), whenever the two meet: the author's role at that moment
 * (undefined when they are no longer staff of the site) must allow recording the target's kind (a
 * void: be its author or the site lead, voids.ts), on the target's own site, with changes that
 * leave a valid record. `target.record` is the target as it now stands, so a voided one is refused.
 */
export function correctionErrors(
  correction: CorrectionRecord,
  target: CorrectionTarget,
  role: string | undefined,
): FieldError[] {
  if (target.siteId !== correction.siteId) {
    return [
      {
        field: 'data.targetId',
        code: 'wrong-site',
        message: 'The corrected record belongs to another site',
      },
    ];
  }
  if (role === undefined)
    return staffError('unknown-staff', 'No staff member of this site has this id');
  if (!isStaffRole(role))
    return staffError('role', `This staff member has no known role ("${role}")`);
  const targetType = target.record.type;
  // Correcting a correction is not a question of role: correctionProblems says it is never allowed.
  if (targetType !== 'correction') {
    if (isVoid(correction) && !mayVoid(role, correction.staffId, target.record)) {
      return staffError('role', `Only its author or the site lead may void a ${targetType} record`);
    }
    if (!isVoid(correction) && !mayCorrect(role, targetType)) {
      return staffError('role', `A ${role} may not correct ${targetType} records`);
    }
  }
  return correctionProblems(target.record, correction);
}

/**
 * Every non-correction record with its corrections applied. A correction that would not apply
 * cleanly is listed but changes nothing; one whose target is not among `records` is left out.
 */
export function correctedRecords(records: readonly VaxRecord[]): CorrectedRecord[] {
  const byTarget = new Map<string, CorrectionRecord[]>();
  for (const r of records) {
    if (r.type !== 'correction') continue;
    const list = byTarget.get(r.data.targetId) ?? [];
    list.push(r);
    byTarget.set(r.data.targetId, list);
  }
  return records
    .filter((r) => r.type !== 'correction')
    .map((original) => {
      const corrections = (byTarget.get(original.id) ?? []).sort((a, b) =>
        a.occurredAt === b.occurredAt
          ? a.id.localeCompare(b.id)
          : a.occurredAt.localeCompare(b.occurredAt),
      );
      let record: VaxRecord = original;
      for (const c of corrections) {
        if (correctionProblems(record, c).length === 0) record = applyCorrection(record, c);
      }
      return { record, original, corrections };
    });
}

/** The records as they now stand, corrections applied and dropped; voided ones marked. */
export function effectiveRecords(records: readonly VaxRecord[]): VaxRecord[] {
  return correctedRecords(records).map((c) => c.record);
}

/** The records that count, as they now stand: corrections applied, voided records left out. */
export function countedRecords(records: readonly VaxRecord[]): VaxRecord[] {
  return withoutVoided(effectiveRecords(records));
}
