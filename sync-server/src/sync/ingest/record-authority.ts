// Who may store what: the staff member's role must allow the record's type. A correction
// is judged by the shared rule of src/domain/corrections.ts when it takes effect: at arrival when
// its target is stored (or earlier in the batch), else when the target arrives (held-corrections.ts).
// The tablet checks the same rules before saving; the server refuses what a modified or outdated
// tablet lets through.
import { correctionErrors, type CorrectionTarget } from '../../../../src/domain/corrections';
import type { FieldError, VaxRecord } from '../../../../src/domain/records';
import { isStaffRole, mayRecord } from '../../../../src/domain/roles';

/** A correction's target as found: stored (any site) or accepted earlier in the same batch. */
export type FoundTarget = CorrectionTarget;

const roleError = (message: string): FieldError[] => [{ field: 'staffId', code: 'role', message }];

/** Problems with storing `record` now; a correction without its target has none yet (held). */
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
  return target === undefined ? [] : correctionErrors(record, target, role);
}
