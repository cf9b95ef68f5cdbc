// Where and when the corpus's people are born: provinces weighted by population, ~150 communes
// each with 5-digit codes, birth years by generation, and the registry's partial dates of the
// elderly. Shared by the registry and by the people it lacks (tests/support/registry-corpus.ts).
import { PROVINCES } from '../../src/domain/provinces';
import type { Random } from '../../sync-server/src/seed/random';

const PROVINCE_CODES = Object.keys(PROVINCES);
// The two big cities hold a fifth of the population.
const PROVINCE_WEIGHTS = PROVINCE_CODES.map(
  (c) => [c, c === '079' ? 9 : c === '001' ? 8 : 1] as const,
);
const COMMUNES_PER_PROVINCE = 150;

/** The registry's 2-digit province code for a 3-digit ID one ("079" → "79"). */
export const provinceOfId = (code3: string): string => code3.slice(1);

export function randomCommune(rng: Random, province3: string): string {
  const index =
    PROVINCE_CODES.indexOf(province3) * COMMUNES_PER_PROVINCE + rng.int(COMMUNES_PER_PROVINCE);
  return String(index + 1).padStart(5, '0');
}

export function randomProvince(rng: Random): string {
  return rng.weighted(PROVINCE_WEIGHTS);
}

export const BIRTH_YEARS: readonly (readonly [readonly [number, number], number])[] = [
  [[1925, 1949], 6],
  [[1950, 1969], 20],
  [[1970, 1989], 32],
  [[1990, 2004], 27],
];

export function randomBirthDate(rng: Random, year: number): string {
  const month = rng.between(1, 12);
  const day = rng.between(1, month === 2 ? 28 : [4, 6, 9, 11].includes(month) ? 30 : 31);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Many elderly people have only a birth year (or year and month) in the registry.
export function registryDob(rng: Random, full: string): string {
  const year = Number(full.slice(0, 4));
  const partial = year < 1950 ? 0.55 : year < 1960 ? 0.1 : 0;
  if (!rng.chance(partial)) return full;
  return rng.chance(0.8) ? full.slice(0, 4) : full.slice(0, 7);
}
