// Blocking: which registry persons are worth scoring for a platform person. Comparing everyone
// with everyone is out of reach (300 k × 1 M), so each side is given a few equality keys and only
// persons sharing a key are compared (docs/registry.md). The registry's keys are stored once at
// import; a platform person's keys are computed at match time and may include variants of the
// recorded values (a day/month swap, any word as the family or given name), since those are the
// errors we look for. There is no key on the ID number: a person whose ID is known is looked up by
// it, and one recorded with a wrong digit is nearly always found by name and date; ID keys cost half
// the import's time (3 of 6 keys a person) for 0.02–0.04 points of recall (docs/registry.md).
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

// A full date of birth is shared by ~40 persons per million (80 birth years, denser in some), too
// many to score for every look-up; with the family or the given name beside it, ~16 for Nguyễn
// (38% of names) and a handful for the rest. A slip in one of the two leaves the other key whole.
const dobWordKey = (dob: string, word: string): string => `d:${dob}|${word}`;

/** The keys a registry person is filed under. */
export function registryBlockKeys(p: RegistryPerson): string[] {
  const words = nameTokens(p.fullName);
  const keys = [nameYearKey(words, p.dob)];
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
  return [...keys];
}
