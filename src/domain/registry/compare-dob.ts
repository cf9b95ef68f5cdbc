// How close a recorded date of birth is to the registry's. Dates are `YYYY-MM-DD`, `YYYY-MM` or
// `YYYY`: the registry knows only the birth year of many elderly people, and a date that agrees
// with all the registry knows agrees. Day and month swapped (05-03 for 03-05) is the commonest
// slip where dates are written day first and stored month first; the next is one part mistyped.
import type { DifferenceKinds, DobLevel } from './types';

export function compareDob(recorded: string, registry: string): DobLevel {
  if (recorded === registry) return 'exact';
  // One is a prefix of the other: the shorter (year, or year and month) agrees with the longer.
  if (recorded.startsWith(registry) || registry.startsWith(recorded)) return 'partial';
  const [ry, rm, rd] = recorded.split('-');
  const [gy, gm, gd] = registry.split('-');
  if (ry !== gy) return 'different';
  if (rd !== undefined && rd === gm && rm === gd) return 'swapped';
  // The year and one of month or day right: one part mistyped.
  return rd !== undefined && gd !== undefined && (rm === gm || rd === gd) ? 'one-part' : 'year';
}

/** Whether the recorded date is right as far as the registry knows (no correction due). */
export function dobAgrees(recorded: string, registry: string): boolean {
  const level = compareDob(recorded, registry);
  return level === 'exact' || (level === 'partial' && recorded.length >= registry.length);
}

export function dobKind(level: DobLevel): DifferenceKinds['dob'] {
  if (level === 'swapped') return 'swapped';
  return level === 'partial' || level === 'year' ? 'year-only' : 'other';
}
