// How a site records a person, slips included: the error types of issue 19 at rates of the order
// the 2022 cleaning campaign met (a third of persons with at least one slip, some with several).
// Each function takes the true value and returns what was typed.
import { nameKey } from '../../src/domain/name-key';
import type { Random } from '../../sync-server/src/seed/random';

const otherDigit = (rng: Random, d: string): string => String((Number(d) + rng.between(1, 9)) % 10);

/** A 12-digit ID with one digit wrong. */
export function wrongDigit(rng: Random, id: string): string {
  const i = rng.int(id.length);
  return id.slice(0, i) + otherDigit(rng, id[i]!) + id.slice(i + 1);
}

/** Two neighbouring, different digits swapped (the ID itself if all its digits are equal). */
export function swapDigits(rng: Random, id: string): string {
  const spots = [...Array(id.length - 1).keys()].filter((i) => id[i] !== id[i + 1]);
  if (spots.length === 0) return id;
  const i = rng.pick(spots);
  return id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
}

/** Diacritics dropped as the health apps' QR and many keyboards do, capitals kept. */
export function unaccent(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const LETTERS = 'abcdeghiklmnopqrstuvxy';

/** One slip inside a word: a letter replaced, dropped, doubled, or two letters swapped. */
export function misspell(rng: Random, name: string): string {
  const words = name.split(' ');
  const w = rng.int(words.length);
  const word = [...words[w]!];
  const i = rng.int(word.length);
  const slip = rng.int(word.length > 2 ? 4 : 2);
  if (slip === 0) {
    const letter = rng.pick([...LETTERS].filter((c) => c !== nameKey(word[i]!)));
    word[i] = word[i] === word[i]!.toUpperCase() ? letter.toUpperCase() : letter;
  } else if (slip === 1) word.splice(i, 0, word[i]!);
  else if (slip === 2) word.splice(i, 1);
  else if (i + 1 < word.length && nameKey(word[i]!) !== nameKey(word[i + 1]!))
    [word[i], word[i + 1]] = [word[i + 1]!, word[i]!];
  else word.splice(i, 0, word[i]!);
  words[w] = word.join('');
  return words.join(' ');
}

/** Given name first, as forms written in the western order have it: "Ánh Nguyễn Thị". */
export function givenFirst(name: string): string {
  const words = name.split(' ');
  return [words.at(-1), ...words.slice(0, -1)].join(' ');
}

export function extraSpaces(rng: Random, name: string): string {
  const words = name.split(' ');
  const i = rng.int(words.length);
  words[i] = rng.chance(0.5) ? ` ${words[i]}` : `${words[i]}  `;
  return words.join(' ');
}

export function recordName(rng: Random, name: string): string {
  let typed = name;
  if (rng.chance(0.04)) typed = misspell(rng, typed);
  if (rng.chance(0.15)) typed = unaccent(typed);
  if (rng.chance(0.06)) typed = typed.toUpperCase();
  if (rng.chance(0.02)) typed = givenFirst(typed);
  if (rng.chance(0.04)) typed = extraSpaces(rng, typed);
  return typed;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A full date of birth as typed: swapped day and month, or one part wrong, now and then. */
export function recordDob(rng: Random, dob: string): string {
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  if (d <= 12 && d !== m && rng.chance(0.03)) return `${y}-${pad(d)}-${pad(m)}`;
  if (!rng.chance(0.02)) return dob;
  const part = rng.weighted([
    ['day', 5],
    ['month', 3],
    ['year', 2],
  ] as const);
  if (part === 'day') return `${y}-${pad(m)}-${pad(((d + rng.between(0, 26)) % 28) + 1)}`;
  if (part === 'month')
    return `${y}-${pad(((m + rng.between(0, 10)) % 12) + 1)}-${pad(Math.min(d, 28))}`;
  return `${y + rng.pick([-2, -1, 1, 2])}-${pad(m)}-${pad(d)}`;
}
