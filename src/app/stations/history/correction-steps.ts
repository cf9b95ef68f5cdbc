// The history of one record in words' raw material: for each correction, every changed path with
// the value before and after it, replayed in the order the corrections were made (pure).
import {
  applyCorrection,
  correctionProblems,
  type CorrectedRecord,
} from '../../../domain/corrections';
import type { CorrectionRecord, VaxRecord } from '../../../domain/records';

export interface ChangeStep {
  path: string;
  from: unknown;
  to: unknown;
}

export interface CorrectionStep {
  correction: CorrectionRecord;
  changes: ChangeStep[];
  /** False when the correction could not apply (it is shown, but changed nothing). */
  applied: boolean;
}

export function valueAt(target: unknown, path: string): unknown {
  let value = target;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

export function correctionSteps(
  entry: Pick<CorrectedRecord, 'original' | 'corrections'>,
): CorrectionStep[] {
  let current: VaxRecord = entry.original;
  return entry.corrections.map((correction) => {
    const changes = Object.entries(correction.data.changes ?? {}).map(([path, to]) => ({
      path,
      from: valueAt(current, path),
      to,
    }));
    const applied = correctionProblems(current, correction).length === 0;
    if (applied) current = applyCorrection(current, correction);
    return { correction, changes, applied };
  });
}
