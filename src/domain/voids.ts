// Voiding a record made by mistake: a correction with a `void` reason and no changes.
// The record stays stored and visible in the visit's history, marked, and stops counting
// everywhere: queues and stages, day figures, vials and stock, dose histories, reports; FHIR shows
// it as entered-in-error. Who may void: the staff member who recorded it (if their role may still
// record its kind) or the site's lead (role `admin`). A void is final: a voided record can be
// neither corrected nor voided again.
import type { CorrectionRecord, FieldError, VaxRecord, VoidReason } from './records';
import { mayRecord } from './roles';
import type { StaffRole } from './protocol';

export const VOID_REASONS: readonly VoidReason[] = [
  'wrong-person',
  'duplicate',
  'not-given',
  'other',
];

/** Is this correction a void (not a change of fields)? */
export const isVoid = (c: CorrectionRecord): boolean => typeof c.data.void === 'string';

/** Has a void correction taken effect on this record (as it now stands)? */
export const isVoided = (record: VaxRecord): boolean => record.voided !== undefined;

/** The records that count: voided ones left out. */
export const withoutVoided = <R extends VaxRecord>(records: readonly R[]): R[] =>
  records.filter((r) => !isVoided(r));

/** May this staff member void `target`: its author, or the site lead? */
export function mayVoid(role: StaffRole, staffId: string, target: VaxRecord): boolean {
  if (target.type === 'correction') return false;
  return role === 'admin' || (staffId === target.staffId && mayRecord(role, target.type));
}

/** Why `target` (as it now stands) cannot be voided or corrected any more; empty when it can. */
export function voidedErrors(target: VaxRecord): FieldError[] {
  if (!isVoided(target)) return [];
  return [
    {
      field: 'data.targetId',
      code: 'voided',
      message: 'The record was voided: it can be neither corrected nor voided again',
    },
  ];
}

/** `record` with the mark of the void `correction`. */
export const voidedBy = (record: VaxRecord, correction: CorrectionRecord): VaxRecord => ({
  ...record,
  voided: {
    reason: correction.data.void as VoidReason,
    note: correction.data.reason,
    correctionId: correction.id,
    staffId: correction.staffId,
    at: correction.occurredAt,
  },
});
