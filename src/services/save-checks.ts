// What a save must pass on this tablet before it is stored: the signed-in person, the authority
// rule the server applies too (src/domain/record-authority.ts), and no second dose in one visit,
// judged here so the person sees the reason at once instead of in "needs attention".
import type { SaveOutcome } from './contracts';
import { correctedRecords, countedRecords, type CorrectionTarget } from '../domain/corrections';
import { secondInjectionErrors } from '../domain/injection-once';
import type { Staff } from '../domain/protocol';
import type { FieldError, VaxRecord } from '../domain/records';
import { authorityErrors } from '../domain/record-authority';
import type { RecordRepository } from '../data/record-repo';

type Refusal = Extract<SaveOutcome, { ok: false }>;

const refused = (code: string, message: string): Refusal => ({
  ok: false,
  errors: [{ field: 'staffId', code, message }],
});

const failed = (errors: FieldError[]): Refusal | undefined =>
  errors.length > 0 ? { ok: false, errors } : undefined;

/** Why `record` may not be saved by `staff` now, or undefined when it may. */
export async function saveRefusal(
  records: Pick<RecordRepository, 'get' | 'byVisitKeys'>,
  staff: Staff | null,
  record: VaxRecord,
): Promise<Refusal | undefined> {
  if (staff === null) return refused('signed-out', 'Nobody is signed in');
  if (record.staffId !== staff.id) return refused('other-staff', 'Not the signed-in person');
  let target: CorrectionTarget | undefined;
  if (record.type === 'correction') {
    // Every record a person can correct on this tablet is stored on it.
    const stored = await records.get(record.data.targetId);
    if (!stored) return refused('role', 'The record to correct is not on this tablet');
    const current = correctedRecords(await records.byVisitKeys([stored.visitKey])).find(
      (c) => c.original.id === stored.id,
    );
    // Judged against the record as it now stands on this tablet.
    target = { siteId: stored.siteId, record: current?.record ?? stored };
  }
  const refusal = failed(authorityErrors(record, staff.role, target));
  if (refusal) return refusal;
  if (record.type === 'injection') {
    // Read at save time: a form opened before another save of this visit must not add a dose.
    const visit = countedRecords(await records.byVisitKeys([record.visitKey]));
    return failed(secondInjectionErrors(visit, record));
  }
  return undefined;
}
