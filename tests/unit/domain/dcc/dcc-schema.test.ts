import { describe, expect, it } from 'vitest';
import { checkDccSchema } from '../../../../src/domain/dcc';

const vaccination = {
  tg: '840539006',
  vp: '1119349007',
  mp: 'EU/1/20/1528',
  ma: 'ORG-100030215',
  dn: 2,
  sd: 2,
  dt: '2021-09-01',
  co: 'VN',
  is: 'Bộ Y tế Việt Nam',
  ci: 'URN:UVCI:01:VN:ABC#X',
};
const test = {
  tg: '840539006',
  tt: 'LP6464-4',
  sc: '2021-06-15T09:24:02Z',
  tr: '260415000',
  tc: 'Centre',
  co: 'SE',
  is: 'Agency',
  ci: 'URN:UVCI:01:SE:X#1',
};
const recovery = {
  tg: '840539006',
  fr: '2021-06-04',
  df: '2021-06-15',
  du: '2021-09-13',
  co: 'SE',
  is: 'Agency',
  ci: 'URN:UVCI:01:SE:Y#2',
};
const base = { ver: '1.3.0', nam: { fn: 'Nguyễn', fnt: 'NGUYEN' }, dob: '1990-04-30' };
const problems = (dcc: unknown, version?: string) => {
  const check = checkDccSchema(dcc, version);
  return check.ok ? [] : check.problems;
};

describe('checkDccSchema', () => {
  it('accepts each certificate type in every version 1.0.0–1.3.x', () => {
    for (const ver of ['1.0.0', '1.0.1', '1.1.0', '1.2.0', '1.2.1', '1.3.0', '1.3.2']) {
      expect(problems({ ...base, ver, v: [vaccination] })).toEqual([]);
      expect(problems({ ...base, ver, t: [test] })).toEqual([]);
      expect(problems({ ...base, ver, r: [recovery] })).toEqual([]);
    }
  });

  it('holds exactly one of v, t, r, with one entry from 1.3.0', () => {
    expect(problems({ ...base, v: [vaccination], t: [test] })).toHaveLength(1);
    expect(problems({ ...base })).toHaveLength(1);
    expect(problems({ ...base, v: [] })).toHaveLength(1);
    expect(problems({ ...base, v: [vaccination, vaccination] })).toHaveLength(1);
    expect(problems({ ...base, ver: '1.2.1', v: [vaccination, vaccination] })).toEqual([]);
  });

  it('checks names, dates of birth and versions per version', () => {
    expect(problems({ ...base, nam: { fn: 'Nguyễn' }, v: [vaccination] })).toHaveLength(1);
    expect(problems({ ...base, nam: { fnt: 'NGUYỄN' }, v: [vaccination] })).toHaveLength(1);
    expect(problems({ ...base, nam: { fnt: 'A'.repeat(81) }, v: [vaccination] })).toHaveLength(1);
    expect(
      problems({ ...base, ver: '1.2.1', nam: { fnt: 'A'.repeat(51) }, v: [vaccination] }),
    ).toHaveLength(1);
    expect(problems({ ...base, dob: '', v: [vaccination] })).toEqual([]);
    expect(problems({ ...base, ver: '1.2.1', dob: '', v: [vaccination] })).toHaveLength(1);
    expect(problems({ ...base, ver: '1.2.1', dob: '1990', v: [vaccination] })).toEqual([]);
    expect(problems({ ...base, ver: '1.0.0', dob: '1990', v: [vaccination] })).toHaveLength(1);
    expect(problems({ ...base, dob: '1850-01-01', v: [vaccination] })).toHaveLength(1);
    expect(problems({ ...base, ver: '2.0.0', v: [vaccination] })).toHaveLength(1);
    expect(problems({ ...base, ver: '1.3', v: [vaccination] })).toHaveLength(1);
    expect(problems('text')).toHaveLength(1);
  });

  it('checks each entry’s required fields and formats', () => {
    const v = (change: Record<string, unknown>) =>
      problems({ ...base, v: [{ ...vaccination, ...change }] });
    expect(v({ mp: undefined })).toHaveLength(1);
    expect(v({ dn: 0 })).toHaveLength(1);
    expect(v({ dn: 1.5 })).toHaveLength(1);
    expect(v({ dn: 10 })).toEqual([]);
    expect(problems({ ...base, ver: '1.2.1', v: [{ ...vaccination, dn: 10 }] })).toHaveLength(1);
    expect(v({ dt: '2021-02-30' })).toHaveLength(1);
    expect(v({ dt: '01/09/2021' })).toHaveLength(1);
    expect(v({ ci: 'X'.repeat(81) })).toHaveLength(1);
    expect(v({ is: 'X'.repeat(80) })).toEqual([]);
    expect(v({ co: 'vn' })).toHaveLength(1);
    const t = (change: Record<string, unknown>, ver = '1.3.0') =>
      problems({ ...base, ver, t: [{ ...test, ...change }] });
    expect(t({ sc: '2021-06-15' })).toHaveLength(1);
    expect(t({ sc: '2021-06-15T09:24:02.000+02:00' })).toEqual([]);
    expect(t({ tc: undefined })).toEqual([]);
    expect(t({ tc: undefined }, '1.2.1')).toHaveLength(1);
    const r = (change: Record<string, unknown>) =>
      problems({ ...base, r: [{ ...recovery, ...change }] });
    // Singapore writes a time after the date; the date itself must be real.
    expect(r({ df: '2022-01-08T00:00:00.000Z' })).toEqual([]);
    expect(r({ du: '2022-13-01' })).toHaveLength(1);
    expect(problems({ ...base, v: ['entry'] })).toHaveLength(1);
  });
});
