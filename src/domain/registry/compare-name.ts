// How close a recorded name is to the registry's. Names reach the platform typed every which way:
// without diacritics (the health apps' QR carries none), upper-case, given name first, with a slip.
// Each of those is a level of its own, because each says something different about a match: a
// name that differs only in diacritics is almost surely the same one, a one-letter slip less so
// ("Lan" and "Loan" are both names).
import { nameKey } from '../name-key';
import { editDistance } from './edit-distance';
import type { DifferenceKinds, NameLevel } from './types';

/** Equal in this form means the same name: NFC, single spaces, case set aside (not diacritics). */
export function foldName(fullName: string): string {
  return fullName.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const sortedKey = (key: string): string => key.split(' ').sort().join(' ');

export function compareName(recorded: string, registry: string): NameLevel {
  if (foldName(recorded) === foldName(registry)) return 'exact';
  const [a, b] = [nameKey(recorded), nameKey(registry)];
  if (a === b) return 'diacritics';
  const [sa, sb] = [sortedKey(a), sortedKey(b)];
  if (sa === sb) return 'order';
  // A slip in a name written in another order: compare the sorted words too.
  const slips = Math.min(editDistance(a, b, 2), editDistance(sa, sb, 2));
  return slips === 1 ? 'spelling' : slips === 2 ? 'similar' : 'different';
}

export function nameKind(level: NameLevel): DifferenceKinds['full_name'] {
  if (level === 'diacritics' || level === 'order') return level;
  return level === 'spelling' || level === 'similar' ? 'spelling' : 'other';
}
