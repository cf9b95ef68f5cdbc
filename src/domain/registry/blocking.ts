// Blocking: which registry persons are worth scoring for a platform person. Comparing everyone
// with everyone is out of reach (300 k × 1 M), so each side is given a few equality keys and only
// persons sharing a key are compared (docs/registry.md). The registry's keys are stored once at
// import; a platform person's keys are computed at match time and may include variants of the
// recorded values (a day/month swap, two digits swapped), since those are the errors we look for.
import { nameKey } from '../name-key';
import type { PlatformPerson, RegistryPerson } from './types';

/** Diacritics-, case- and spacing-insensitive name tokens, in the order written. */
export function nameTokens(fullName: string): string[] {
  return nameKey(fullName).split(' ').filter(Boolean);
}

const year = (dob: string): string => dob.slice(0, 4);
const isFullDate = (dob: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(dob);

// Word order does not matter, the birth year does: "Văn An Nguyễn" 1990 meets "Nguyen Van An" 1990.
const nameYearKey = (fullName: string, dob: string): string =>
  `n:${[...nameTokens(fullName)].sort().join(' ')}|${year(dob)}`;

const givenYearKey = (fullName: string, dob: string): string =>
  `g:${nameTokens(fullName).at(-1) ?? ''}|${year(dob)}`;

// A 12-digit ID as three 4-digit parts; any one wrong digit leaves one pair of parts intact.
function idKeys(id: string): string[] {
  const [a, b, c] = [id.slice(0, 4), id.slice(4, 8), id.slice(8, 12)];
  return [`i1:${a}${b}`, `i2:${a}${c}`, `i3:${b}${c}`];
}

const swap = (s: string, i: number): string => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);

/** The keys a registry person is filed under. */
export function registryBlockKeys(p: RegistryPerson): string[] {
  const keys = [nameYearKey(p.fullName, p.dob), ...idKeys(p.idNumber)];
  // A full date is selective on its own; a year-only or year-month date falls back on the given
  // name, so misspelt family names of the elderly are still found.
  keys.push(isFullDate(p.dob) ? `d:${p.dob}` : givenYearKey(p.fullName, p.dob));
  return keys;
}

/** The keys to look up for a platform person: its own values and the likely-error variants. */
export function platformBlockKeys(p: PlatformPerson): string[] {
  const keys = new Set([nameYearKey(p.fullName, p.dob), givenYearKey(p.fullName, p.dob)]);
  keys.add(`d:${p.dob}`);
  const [y, m, d] = p.dob.split('-');
  if (d !== undefined && m !== d && Number(d) <= 12) keys.add(`d:${y}-${d}-${m}`);
  if (p.idNumber !== undefined && /^\d{12}$/.test(p.idNumber)) {
    // A swap across two parts breaks two of them: look up the swapped-back variants too.
    for (const id of [p.idNumber, swap(p.idNumber, 3), swap(p.idNumber, 7)])
      for (const k of idKeys(id)) keys.add(k);
  }
  return [...keys];
}
