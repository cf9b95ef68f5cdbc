// One visit, one injection: a tablet refuses to record a second injection in a visit
// that already has one, since a stale screen or a double tap must not put a dose on record twice.
// It judges the visit's records as they now stand (corrections applied, so a voided injection no
// longer counts). The server still accepts such a record from another tablet that made it offline
// and flags it (duplicate-dose): a dose really given twice must stay on record.
import type { FieldError, InjectionRecord, VaxRecord } from './records';

/** The injection this visit already has, other than `candidate` itself, if any. */
export function earlierInjection(
  visitRecords: readonly VaxRecord[],
  candidate: InjectionRecord,
): InjectionRecord | undefined {
  return visitRecords.find(
    (r): r is InjectionRecord =>
      r.type === 'injection' && r.visitKey === candidate.visitKey && r.id !== candidate.id,
  );
}

/** Why `candidate` may not be saved on this tablet: empty when the visit has no injection yet. */
export function secondInjectionErrors(
  visitRecords: readonly VaxRecord[],
  candidate: InjectionRecord,
): FieldError[] {
  const earlier = earlierInjection(visitRecords, candidate);
  if (earlier === undefined) return [];
  return [
    {
      field: 'visitKey',
      code: 'already-injected',
      message: `This visit's injection is already recorded (record ${earlier.id}, dose ${earlier.data.doseNumber}, ${earlier.occurredAt})`,
    },
  ];
}
