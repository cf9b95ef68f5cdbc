// What a save must pass on this tablet before it is stored: the signed-in person, their role, a
// correction the server would accept, and no second dose in one visit. The same rules the server
// applies, judged here so the person sees the reason at once instead of in "needs attention".
import type { SaveOutcome } from './contracts';
import { correctedRecords, correctionErrors, countedRecords } from '../domain/corrections';
import { secondInjectionErrors } from '../domain/injection-once';
import type { Staff } from '../domain/protocol';
import type { FieldError, VaxRecord } from '../domain/records';
import { mayRecord } from '../domain/roles';
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
  if (record.type !== 'correction' && !mayRecord(staff.role, record.type)) {
    return refused('role', 'This role may not record this');
  }
  if (record.type === 'correction') {
    const target = await records.get(record.data.targetId);
    if (!target) return refused('role', 'This role may not record this');
    const current = correctedRecords(await records.byVisitKeys([target.visitKey])).find(
      (c) => c.original.id === target.id,
    );
    // The server's rule, judged against the record as it now stands on this tablet.
    const on = { siteId: target.siteId, record: current?.record ?? target };
    return failed(correctionErrors(record, on, staff.role));
  }
  if (record.type === 'injection') {
    // Read at save time: a form opened before another save of this visit must not add a dose.
    const visit = countedRecords(await records.byVisitKeys([record.visitKey]));
    return failed(secondInjectionErrors(visit, record));
  }
  return undefined;
}
