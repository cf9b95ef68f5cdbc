import { describe, expect, it } from 'vitest';
import { hasValidUvciCheck, luhnModNCheck, makeUvci } from '../../../../src/domain/dcc';

describe('UVCI check character (Luhn mod 38)', () => {
  it('agrees with the eHN reference implementation', () => {
    // ehn-dcc-development/eu-dcc-schema examples/Luhn-Mod-N/luhn_mod_n.py, run: its docstring
    // says S for this input, but the code itself gives H.
    expect(luhnModNCheck('URN:UVCI:01:NL:MY/INPUT/STRING')).toBe('H');
    expect(luhnModNCheck('URN:UVCI:01:NL:187/37512422923')).toBe('Z');
  });

  it('accepts real UVCIs of the EU test data', () => {
    for (const uvci of [
      'URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B',
      'URN:UVCI:01:AT:858CC18CFCF5965EF82F60E493349AA5#K',
      'URN:UVCI:01:IS:VERA3333#D',
      'URN:UVCI:01:LT:199Q1MHH8XKRQSDXIFBM0#B',
      'URN:UVCI:01:LT:52XS0XYHKD042D66RJJRT#I',
    ]) {
      expect(hasValidUvciCheck(uvci)).toBe(true);
    }
  });

  it('refuses a wrong or missing check character', () => {
    expect(hasValidUvciCheck('URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#C')).toBe(false);
    expect(hasValidUvciCheck('URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813')).toBe(false);
    expect(hasValidUvciCheck('urn:uvci:01:at:x#B')).toBe(false);
  });

  it('makes Vietnamese UVCIs and refuses an opaque part out of spec', () => {
    const uvci = makeUvci('01HN/0000123');
    expect(uvci).toMatch(/^URN:UVCI:01:VN:01HN\/0000123#[A-Z0-9/:]$/);
    expect(hasValidUvciCheck(uvci)).toBe(true);
    expect(() => makeUvci('a-b')).toThrow(RangeError);
    expect(() => makeUvci('X'.repeat(51))).toThrow(RangeError);
    expect(() => makeUvci('X', 'VNM')).toThrow(RangeError);
  });
});
