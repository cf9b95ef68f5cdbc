import { describe, expect, it } from 'vitest';
import { dccName, icaoTransliteration } from '../../../../src/domain/dcc';

describe('ICAO 9303 transliteration', () => {
  it('drops diacritics, writes Đ as D, spaces and hyphens as <', () => {
    expect(icaoTransliteration('Đức Bảo Duy')).toBe('DUC<BAO<DUY');
    expect(icaoTransliteration('Trương Thị Ngọc Ánh')).toBe('TRUONG<THI<NGOC<ANH');
    expect(icaoTransliteration('Ưng Hoàng Phúc')).toBe('UNG<HOANG<PHUC');
    expect(icaoTransliteration('đặng')).toBe('DANG');
    // The schema's own examples.
    expect(icaoTransliteration("d'Červenková Panklová")).toBe('DCERVENKOVA<PANKLOVA');
    expect(icaoTransliteration('Jiřina-Maria  Alena')).toBe('JIRINA<MARIA<ALENA');
    expect(icaoTransliteration('A'.repeat(100))).toHaveLength(80);
  });

  it('gives the same answer for composed and decomposed Vietnamese', () => {
    expect(icaoTransliteration('Nguyễn'.normalize('NFD'))).toBe('NGUYEN');
  });
});

describe('dccName', () => {
  it('puts the first word as the family name and the rest, as written, as given names', () => {
    expect(dccName('  Nguyễn   Đức Bảo Duy ')).toEqual({
      fn: 'Nguyễn',
      fnt: 'NGUYEN',
      gn: 'Đức Bảo Duy',
      gnt: 'DUC<BAO<DUY',
    });
    expect(dccName('Nguyễn'.normalize('NFD'))).toEqual({ fn: 'Nguyễn', fnt: 'NGUYEN' });
  });

  it('refuses a name with nothing to transliterate', () => {
    expect(dccName('')).toBeUndefined();
    expect(dccName('   ')).toBeUndefined();
    expect(dccName('123')).toBeUndefined();
  });
});
