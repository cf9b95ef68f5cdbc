// Fellegi–Sunter weights: for each field and level, m = P(level | same person) and
// u = P(level | two different persons), and the level adds log2(m / u) to a pair's score. The
// values are set once here, from the error rates the issue reports and the seeded corpus
// (tests/support/registry-corpus.ts) measured, rounded toward caution; docs/registry.md gives the
// table with the reason for each. No EM at run time: the same pair always scores the same.
import type { ComparisonLevel, ScoredField } from './types';

type Table = Record<ScoredField, Partial<Record<ComparisonLevel, readonly [m: number, u: number]>>>;

// "unknown" and "missing" say nothing (m = u): every field's unknown level weighs zero.
const NOTHING = [1, 1] as const;

export const M_U: Table = {
  id_number: {
    exact: [0.8, 1e-6],
    'one-digit': [0.04, 1e-4],
    transposed: [0.02, 2e-5],
    missing: NOTHING,
    different: [0.02, 1],
  },
  full_name: {
    exact: [0.8, 4e-4],
    diacritics: [0.14, 1e-4],
    order: [0.02, 2e-5],
    spelling: [0.04, 8e-4],
    similar: [0.005, 3e-3],
    different: [0.005, 0.995],
  },
  dob: {
    exact: [0.93, 4e-5],
    swapped: [0.02, 2e-5],
    partial: [0.04, 1.2e-4],
    'one-part': [0.01, 1.5e-3],
    year: [0.005, 0.013],
    different: [0.005, 0.985],
  },
  sex: { agree: [0.99, 0.5], disagree: [0.01, 0.5], unknown: NOTHING },
  province_code: { agree: [0.9, 0.03], disagree: [0.1, 0.97], unknown: NOTHING },
  // Given the province agrees (it nearly always does when the commune does): ~1 of 150 communes.
  commune_code: { agree: [0.9, 0.007], disagree: [0.1, 0.993], unknown: NOTHING },
  // Families share a phone (a guardian's for the children), so u is the household's, not chance's.
  phone: { agree: [0.7, 1e-4], disagree: [0.3, 1], unknown: NOTHING },
};

// Worked out once: a look-up scores some thirty pairs.
const WEIGHTS = Object.fromEntries(
  Object.entries(M_U).map(([field, levels]) => [
    field,
    Object.fromEntries(
      Object.entries(levels).map(([level, [m, u]]) => [
        level,
        Math.round(Math.log2(m / u) * 10) / 10,
      ]),
    ),
  ]),
) as Record<ScoredField, Partial<Record<ComparisonLevel, number>>>;

/** log2(m / u) of a field's level, rounded to a tenth so explanations read cleanly. */
export function levelWeight(field: ScoredField, level: ComparisonLevel): number {
  const weight = WEIGHTS[field][level];
  if (weight === undefined) throw new Error(`No m/u for ${field} at level ${level}`);
  return weight;
}
