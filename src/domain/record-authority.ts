// Who may store what, one rule for the tablet and the server: the staff member's role must allow
// the record's type, and a correction must pass the rule of corrections.ts against its target as
// it stands. The tablet judges before saving so the person sees the reason at once; the server
// judges again (at arrival, or when a held correction's target arrives) and refuses what a
// modified or outdated tablet lets through.
import { correctionErrors, type CorrectionTarget } from './corrections';
import type { FieldError, VaxRecord } from './records';
import { isStaffRole, mayRecord } from './roles';

const roleError = (message: string): FieldError[] => [{ field: 'staffId', code: 'role', message }];

/**
 * Problems with storing `record` by someone of `role` now. `target` is a correction's target as
 * found (stored, or earlier in the same batch); without it a correction has none yet: the server
 * holds it until the target arrives.
 */
export function authorityErrors(
  record: VaxRecord,
  role: string,
  target: CorrectionTarget | undefined,
): FieldError[] {
  if (!isStaffRole(role)) return roleError(`This staff member has no known role ("${role}")`);
  if (record.type !== 'correction') {
    return mayRecord(role, record.type)
      ? []
      : roleError(`A ${role} may not record ${record.type} records`);
  }
  return target === undefined ? [] : correctionErrors(record, target, role);
}
