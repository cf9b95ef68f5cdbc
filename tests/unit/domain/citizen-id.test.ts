import { describe, expect, it } from 'vitest';
import { checkCitizenId, describeCitizenId, makeCitizenId } from '../../../src/domain/citizen-id';
import { PROVINCES } from '../../../src/domain/provinces';

const codes = (list: { code: string }[]): string[] => list.map((e) => e.code);

describe('province table', () => {
  it('holds the 63 provinces within 001…096', () => {
    const keys = Object.keys(PROVINCES);
    expect(keys).toHaveLength(63);
    for (const k of keys) expect(k).toMatch(/^0\d\d$/);
    expect(keys.every((k) => Number(k) >= 1 && Number(k) <= 96)).toBe(true);
    expect(PROVINCES['079']).toBe('Hồ Chí Minh');
    expect(PROVINCES['001']).toBe('Hà Nội');
    expect(PROVINCES['096']).toBe('Cà Mau');
    expect(PROVINCES['003']).toBeUndefined();
  });
});

describe('makeCitizenId / describeCitizenId', () => {
  it.each([
    ['079', 'M', 1990, '000123', '079090000123'],
    ['079', 'F', 1990, '000123', '079190000123'],
    ['001', 'M', 2005, '654321', '001205654321'],
    ['048', 'F', 2012, '111111', '048312111111'],
    ['096', 'M', 1900, '999999', '096000999999'],
    ['031', 'F', 1999, '123456', '031199123456'],
  ] as const)('%s %s %i %s → %s and back', (province, sex, year, serial, id) => {
    expect(makeCitizenId(province, sex, year, serial)).toBe(id);
    expect(describeCitizenId(id)).toEqual({
      provinceCode: province,
      provinceName: PROVINCES[province],
      sex,
      birthYear: year,
    });
  });

  it('describes nothing that is not a valid 12-digit ID', () => {
    for (const id of ['123456789', '003190123456', '079490123456', '07919012345', '']) {
      expect(describeCitizenId(id)).toBeNull();
    }
  });
});

describe('checkCitizenId', () => {
  it('accepts a 12-digit ID consistent with dob and sex', () => {
    expect(checkCitizenId('079190123456', { dob: '1990-05-01', sex: 'F' })).toEqual({
      kind: 'cccd12',
      errors: [],
      warnings: [],
    });
    expect(checkCitizenId('001205654321', { dob: '2005-12-31', sex: 'M' }).warnings).toEqual([]);
    expect(checkCitizenId('079190123456').warnings).toEqual([]);
  });

  it('accepts a 9-digit old ID without structure checks', () => {
    expect(checkCitizenId('023456789', { dob: '1970-01-01', sex: 'M' })).toEqual({
      kind: 'cmnd9',
      errors: [],
      warnings: [],
    });
  });

  it.each([
    '',
    '12345',
    '0791901234',
    '07919012345',
    '0791901234567',
    '07919012345a',
    '٠٧٩١٩٠١٢٣٤٥٦',
  ])('rejects %j as a format error', (id) => {
    const result = checkCitizenId(id);
    expect(result.kind).toBe('invalid');
    expect(codes(result.errors)).toEqual(['format']);
    expect(result.errors[0]?.field).toBe('id');
  });

  it.each([
    ['079 190 123 456', '079190123456'],
    ['079.190.123.456', '079190123456'],
    [' 079190123456', '079190123456'],
    ['０７９１９０１２３４５６', '079190123456'],
    ['023 456 789', '023456789'],
  ])('refuses %j, another spelling of %s, as not-canonical', (id, digits) => {
    const result = checkCitizenId(id);
    expect(result.kind).toBe('invalid');
    expect(codes(result.errors)).toEqual(['not-canonical']);
    expect(result.errors[0]?.message).toContain(digits);
  });

  it.each(['000190123456', '003190123456', '097190123456', '099190123456', '500190123456'])(
    'rejects unknown province in %s',
    (id) => expect(codes(checkCitizenId(id).errors)).toEqual(['province']),
  );

  it.each(['079490123456', '079590123456', '079890123456', '079990123456'])(
    'rejects an impossible century digit in %s',
    (id) => expect(codes(checkCitizenId(id).errors)).toEqual(['century']),
  );

  it('reports both province and century problems', () => {
    expect(codes(checkCitizenId('003990123456').errors)).toEqual(['province', 'century']);
  });

  it('warns on birth year, century and sex mismatches', () => {
    expect(codes(checkCitizenId('079190123456', { dob: '1991-05-01', sex: 'F' }).warnings)).toEqual(
      ['id-birthyear-mismatch'],
    );
    expect(codes(checkCitizenId('079390123456', { dob: '1990-05-01', sex: 'F' }).warnings)).toEqual(
      ['id-century-mismatch'],
    );
    expect(codes(checkCitizenId('079190123456', { dob: '1990-05-01', sex: 'M' }).warnings)).toEqual(
      ['id-sex-mismatch'],
    );
    const both = checkCitizenId('079090123456', { dob: '1985-01-01', sex: 'F' });
    expect(both.kind).toBe('cccd12');
    expect(both.errors).toEqual([]);
    expect(codes(both.warnings)).toEqual(['id-birthyear-mismatch', 'id-sex-mismatch']);
    expect(both.warnings.every((w) => w.field === 'id')).toBe(true);
  });

  it('ignores an unreadable expected dob instead of guessing', () => {
    expect(checkCitizenId('079190123456', { dob: 'abc' }).warnings).toEqual([]);
  });
});
