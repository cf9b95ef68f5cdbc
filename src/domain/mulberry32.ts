// mulberry32, a tiny seeded generator: the same sequence from the same seed on every machine. The
// demo data, the test corpora and both ends of a fountain-coded transfer (handoff/fountain.ts) rely
// on that. Not for anything secret.

/** Uniform numbers in [0, 1), the same for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
