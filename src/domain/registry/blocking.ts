// Blocking: which registry persons are worth scoring for a platform person. Comparing everyone
// with everyone is out of reach (300 k × 1 M), so each side is given a few equality keys and only
// persons sharing a key are compared (docs/registry.md). The registry's keys are stored once at
// import; a platform person's keys are computed at match time and may include variants of the
// recorded values (a day/month swap, two digits swapped), since those are the errors we look for.
//
// Every block must stay small, since a look-up scores everyone in the blocks it hits. Measured on
// the seeded corpus of 1 M persons (tests/support/registry-corpus.ts): a platform person meets ~30
// registry persons in all; the largest block is the commonest name in the densest birth year.
import { nameKey } from '../name-key';
import type { PlatformPerson, RegistryPerson } from './types';

/** Diacritics-, case- and spacing-insensitive name tokens, in the order written. */
export function nameTokens(fullName: string): string[] {
  return nameKey(fullName).split(' ').filter(Boolean);
}

const year = (dob: string): string => dob.slice(0, 4);
const isFullDate = (dob: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(dob);

// Word order does not matter, the birth year does: "Văn An Nguyễn" 1990 meets "Nguyen Van An" 1990.
// Most such blocks hold one person; "Nguyễn Thị Anh/Ánh" born 1970 ~100 in 1 M.
const nameYearKey = (words: string[], dob: string): string =>
  `n:${[...words].sort().join(' ')}|${year(dob)}`;

// Only for registry dates without a day (~1 person in 25, nearly all born before 1960): ~30 persons
// per given name and year in 1 M.
const givenYearKey = (word: string, dob: string): string => `g:${word}|${year(dob)}`;

// A 12-digit ID as three 4-digit parts; any one wrong digit leaves one pair of parts intact. The
// widest, province + century/sex + birth year + 2 serial digits, holds ~8 persons of Hồ Chí Minh's
// 1 M-person share.
function idKeys(id: string): string[] {
  const [a, b, c] = [id.slice(0, 4), id.slice(4, 8), id.slice(8, 12)];
  return [`i1:${a}${b}`, `i2:${a}${c}`, `i3:${b}${c}`];
}

const swap = (s: string, i: number): string => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);

// A full date of birth is shared by ~40 persons per million (80 birth years, denser in some), too
// many to score for every look-up; with the family or the given name beside it, ~16 for Nguyễn
// (38% of names) and a handful for the rest. A slip in one of the two leaves the other key whole.
const dobWordKey = (dob: string, word: string): string => `d:${dob}|${word}`;

/** The keys a registry person is filed under. */
export function registryBlockKeys(p: RegistryPerson): string[] {
  const words = nameTokens(p.fullName);
  const keys = [nameYearKey(words, p.dob), ...idKeys(p.idNumber)];
  // A full date is selective with a name word; a year-only or year-month date falls back on the
  // given name and year, so misspelt family names of the elderly are still found.
  if (isFullDate(p.dob))
    for (const w of new Set([words[0], words.at(-1)])) keys.push(dobWordKey(p.dob, w ?? ''));
  else keys.push(givenYearKey(words.at(-1) ?? '', p.dob));
  return keys;
}

/** The keys to look up for a platform person: its own values and the likely-error variants. */
export function platformBlockKeys(p: PlatformPerson): string[] {
  const words = nameTokens(p.fullName);
  const keys = new Set([nameYearKey(words, p.dob)]);
  const [y, m, d] = p.dob.split('-');
  const dates = [p.dob];
  if (d !== undefined && m !== d && Number(d) <= 12) dates.push(`${y}-${d}-${m}`);
  // Every word, in whatever order the name was written, may be the family or the given name.
  for (const w of words) {
    keys.add(givenYearKey(w, p.dob));
    for (const date of dates) keys.add(dobWordKey(date, w));
  }
  if (p.idNumber !== undefined && /^\d{12}$/.test(p.idNumber)) {
    // A swap across two parts breaks two of them: look up the swapped-back variants too.
    for (const id of [p.idNumber, swap(p.idNumber, 3), swap(p.idNumber, 7)])
      for (const k of idKeys(id)) keys.add(k);
  }
  return [...keys];
}
