// Who may record what: a volunteer checks in; a doctor or nurse screens; a nurse injects;
// anyone may watch the observation board and release. A correction needs the right to record the
// kind of record it corrects. The tablet hides what a role may not do; the server refuses it.
import type { StaffRole } from './protocol';
import type { RecordType } from './records';

const MAY_RECORD: Record<StaffRole, readonly RecordType[]> = {
  volunteer: ['checkin', 'observation'],
  nurse: ['checkin', 'screening', 'injection', 'observation'],
  doctor: ['checkin', 'screening', 'observation'],
  admin: ['checkin', 'observation'],
};

const STAFF_ROLES = Object.keys(MAY_RECORD) as StaffRole[];

export function isStaffRole(s: unknown): s is StaffRole {
  return typeof s === 'string' && (STAFF_ROLES as string[]).includes(s);
}

/** May this role record a record of this type? Corrections are judged by mayCorrect instead. */
export function mayRecord(role: StaffRole, type: RecordType): boolean {
  return MAY_RECORD[role].includes(type);
}

/** Corrections are allowed to anyone who may record some kind of record they could correct. */
export function mayCorrect(role: StaffRole, targetType: RecordType): boolean {
  return targetType !== 'correction' && mayRecord(role, targetType);
}
