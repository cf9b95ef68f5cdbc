// How close a recorded name is to the registry's. Names reach the platform typed every which way:
// without diacritics (the health apps' QR carries none), upper-case, given name first, with a slip.
// Each of those is a level of its own, because each says something different about a match: a
// name that differs only in diacritics is almost surely the same one, a one-letter slip less so
// ("Lan" and "Loan" are both names).
import { nameKey } from '../name-key';
import { editDistance, letterDifference } from './edit-distance';
import type { DifferenceKinds, NameLevel } from './types';

/** The recorded name in the forms it is compared in, worked out once for all candidates. */
export interface NameForms {
  /** NFC, single spaces, lower case: equal means the same name (diacritics count). */
  folded: string;
  /** No diacritics either (src/domain/name-key.ts). */
  key: string;
  /** The key's words in alphabetical order: equal means the same words in another order. */
  sorted: string;
}

const fold = (fullName: string): string =>
  fullName.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const sortWords = (key: string): string => key.split(' ').sort().join(' ');

export function nameForms(fullName: string): NameForms {
  const key = nameKey(fullName);
  return { folded: fold(fullName), key, sorted: sortWords(key) };
}

// Each form of the registry's name is worked out only when the cheaper tests leave it open: most
// candidates bear another name, and the letter count alone turns them away.
export function compareNameForms(recorded: NameForms, registryName: string): NameLevel {
  const key = nameKey(registryName);
  if (key === recorded.key) return fold(registryName) === recorded.folded ? 'exact' : 'diacritics';
  if (letterDifference(recorded.key, key) > 2) return 'different';
  const sorted = sortWords(key);
  if (sorted === recorded.sorted) return 'order';
  // A slip in a name written in another order: compare the sorted words too.
  const slips = Math.min(
    editDistance(recorded.key, key, 2),
    editDistance(recorded.sorted, sorted, 2),
  );
  return slips === 1 ? 'spelling' : slips === 2 ? 'similar' : 'different';
}

export function compareName(recorded: string, registry: string): NameLevel {
  return compareNameForms(nameForms(recorded), registry);
}

export function nameKind(level: NameLevel): DifferenceKinds['full_name'] {
  if (level === 'diacritics' || level === 'order') return level;
  return level === 'spelling' || level === 'similar' ? 'spelling' : 'other';
}
