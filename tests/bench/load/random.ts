// Seeded randomness, so a run's workload and fault schedule can be replayed with the same --seed.
import { createRandom } from '../../../sync-server/src/seed/random';

/** The demo seed's mulberry32: tiny, fast and good enough for test data and fault dice. */
export const seededRandom = (seed: number): (() => number) => createRandom(seed).next;

/** A 32-bit hash of (seed, n): lets any record be rebuilt on its own, without replaying a stream. */
export function hash32(seed: number, n: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

export function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length]!;
}
