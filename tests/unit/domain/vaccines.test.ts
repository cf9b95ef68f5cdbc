import { describe, expect, it } from 'vitest';
import { VACCINES, vaccineByCode, vaccineCodeProblem } from '../../../src/domain/vaccines';

describe('vaccine table', () => {
  it('has the series of docs/architecture.md §6 under unique codes', () => {
    expect(new Set(VACCINES.map((v) => v.code)).size).toBe(VACCINES.length);
    const series = Object.fromEntries(
      VACCINES.map((v) => [v.code, [v.seriesLength, v.minIntervalDays]]),
    );
    expect(series).toEqual({
      AZ: [2, 28],
      PF: [2, 21],
      MD: [2, 28],
      VC: [2, 21],
      SP: [2, 21],
      HV: [2, 21],
      AB: [3, 14],
      CV: [2, 28],
      JJ: [1, 0],
    });
  });

  it('looks vaccines up by code', () => {
    expect(vaccineByCode('PF')?.name).toMatch(/Comirnaty/);
    expect(vaccineByCode('XX')).toBeUndefined();
    expect(vaccineByCode('toString')).toBeUndefined();
  });
});

describe('vaccineCodeProblem', () => {
  it.each(VACCINES.map((v) => v.code))('takes %s', (code) => {
    expect(vaccineCodeProblem(code)).toBeUndefined();
  });

  it.each(['comirnaty', 'XX', 'Pfizer', 'toString', '__proto__'])(
    'refuses %j as unknown-vaccine, listing the codes',
    (code) => {
      const problem = vaccineCodeProblem(code);
      expect(problem?.code).toBe('unknown-vaccine');
      expect(problem?.message).toContain('AZ, PF');
    },
  );

  it.each(['pf', 'Pf', ' PF', 'ＰＦ'])(
    'refuses %j, another spelling of PF, as not-canonical',
    (code) => {
      expect(vaccineCodeProblem(code)).toEqual({
        code: 'not-canonical',
        message: expect.stringContaining('PF') as string,
      });
    },
  );
});
