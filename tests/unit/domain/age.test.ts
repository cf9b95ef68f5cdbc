import { describe, expect, it } from 'vitest';
import { ageOn, isMinor } from '../../../src/domain/age';

describe('ageOn', () => {
  it.each([
    ['1990-05-01', '2026-11-23', 36],
    ['1990-11-23', '2026-11-23', 36],
    ['1990-11-24', '2026-11-23', 35],
    ['2026-11-23', '2026-11-23', 0],
    ['2025-11-24', '2026-11-23', 0],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2008-02-29', '2028-02-29', 20],
    ['1936-01-01', '2026-12-31', 90],
  ])('born %s is %i on %s', (dob, on, age) => expect(ageOn(dob, on)).toBe(age));
});

describe('isMinor', () => {
  it('turns false on the 18th birthday', () => {
    expect(isMinor('2008-11-24', '2026-11-23')).toBe(true);
    expect(isMinor('2008-11-23', '2026-11-23')).toBe(false);
    expect(isMinor('2014-06-01', '2026-11-23')).toBe(true);
    expect(isMinor('1950-06-01', '2026-11-23')).toBe(false);
  });
});
