import { describe, expect, it } from 'vitest';
import { M_U, levelWeight } from '../../../../src/domain/registry/weights';
import type { ComparisonLevel, ScoredField } from '../../../../src/domain/registry/types';

const fields = Object.keys(M_U) as ScoredField[];
const levelsOf = (field: ScoredField) => Object.keys(M_U[field]) as ComparisonLevel[];

describe('Fellegi–Sunter weights', () => {
  it('are log2(m/u), to a tenth', () => {
    expect(levelWeight('dob', 'exact')).toBe(Math.round(Math.log2(0.93 / 4e-5) * 10) / 10);
    expect(levelWeight('sex', 'agree')).toBe(1);
  });

  it('hold probabilities, weigh nothing for what is unknown, reward agreement, punish the rest', () => {
    for (const field of fields) {
      for (const level of levelsOf(field)) {
        const [m, u] = M_U[field][level]!;
        expect(m > 0 && m <= 1 && u > 0 && u <= 1, `${field} ${level}`).toBe(true);
      }
      const [best, ...rest] = levelsOf(field);
      expect(levelWeight(field, best!), field).toBeGreaterThan(0);
      for (const level of rest)
        expect(levelWeight(field, level)).toBeLessThan(levelWeight(field, best!));
      for (const level of ['unknown', 'missing'] as const)
        if (level in M_U[field]) expect(levelWeight(field, level)).toBe(0);
      for (const level of ['different', 'disagree'] as const)
        if (level in M_U[field]) expect(levelWeight(field, level), field).toBeLessThan(0);
    }
  });

  it('refuse a level a field does not have', () => {
    expect(() => levelWeight('sex', 'diacritics')).toThrow(/No m\/u/);
  });
});
