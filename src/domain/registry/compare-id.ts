// How close a recorded ID number is to the registry's 12-digit one. The two slips of a typed
// number are one wrong digit and two neighbouring digits swapped; an old 9-digit ID (CMND) or no
// ID at all (children, some elderly) says nothing either way, so it is a level of its own whose
// weight is zero, and the person is found by name and date of birth instead.
import type { DifferenceKinds, IdLevel } from './types';

const TWELVE = /^\d{12}$/;

export function compareId(recorded: string | undefined, registry: string): IdLevel {
  if (recorded === registry) return 'exact';
  if (recorded === undefined || !TWELVE.test(recorded)) return 'missing';
  const wrong: number[] = [];
  for (let i = 0; i < 12 && wrong.length <= 2; i++) if (recorded[i] !== registry[i]) wrong.push(i);
  if (wrong.length === 1) return 'one-digit';
  const [i, j] = wrong;
  const swapped =
    wrong.length === 2 &&
    j === i! + 1 &&
    recorded[i!] === registry[j] &&
    recorded[j] === registry[i!];
  return swapped ? 'transposed' : 'different';
}

export function idKind(recorded: string | undefined, level: IdLevel): DifferenceKinds['id_number'] {
  if (level === 'missing') {
    if (recorded === undefined || recorded === '') return 'missing';
    return /^\d{9}$/.test(recorded) ? 'old-id' : 'other';
  }
  return level === 'one-digit' || level === 'transposed' ? level : 'other';
}
