// Who may store what (issue 4): the staff member's role must allow the record's type, and a
// correction must come from someone who may record the kind of record it corrects, on the same
// site, with changes that leave a valid record. The tablet checks the same rules before saving;
// the server refuses what a modified or outdated tablet lets through.
import { checkCorrection } from '../../../src/domain/corrections';
import type { FieldError, VaxRecord } from '../../../src/domain/records';
import { isStaffRole, mayCorrect, mayRecord } from '../../../src/domain/roles';

/** A correction's target as found: stored (any site) or accepted earlier in the same batch. */
export interface FoundTarget {
  siteId: string;
  record: VaxRecord;
}

const roleError = (message: string): FieldError[] => [{ field: 'staffId', code: 'role', message }];

export function authorityErrors(
  record: VaxRecord,
  role: string,
  target: FoundTarget | undefined,
): FieldError[] {
  if (!isStaffRole(role)) return roleError(`This staff member has no known role ("${role}")`);
  if (record.type !== 'correction') {
    return mayRecord(role, record.type)
      ? []
      : roleError(`A ${role} may not record ${record.type} records`);
  }
  // Records may arrive out of order: a correction of a record not stored yet is kept as is.
  if (target === undefined) return [];
  if (target.siteId !== record.siteId) {
    return [
      {
        field: 'data.targetId',
        code: 'wrong-site',
        message: 'The corrected record belongs to another site',
      },
    ];
  }
  const targetType = target.record.type;
  // Correcting a correction is not a question of role: checkCorrection says it is never allowed.
  if (targetType !== 'correction' && !mayCorrect(role, targetType)) {
    return roleError(`A ${role} may not correct ${targetType} records`);
  }
  return checkCorrection(target.record, record.data.changes);
}
