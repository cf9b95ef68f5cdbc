// A small seeded PRNG (mulberry32) so the demo data is the same on every run and every machine:
// tests, benchmarks and screenshots can rely on it byte for byte.
import { mulberry32 } from '../../../src/domain/mulberry32';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [min, max], both included. */
  between(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** Picks by relative weight: `[[item, weight], …]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
  digits(count: number): string;
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return {
    next,
    int,
    pick,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    digits: (count) => String(int(10 ** count)).padStart(count, '0'),
    weighted<T>(table: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of table) total += w;
      let r = next() * total;
      for (const [item, w] of table) if ((r -= w) < 0) return item;
      return (table[table.length - 1] as readonly [T, number])[0];
    },
  };
}
