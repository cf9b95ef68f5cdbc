import { describe, expect, it } from 'vitest';
import { nameDobKey, nameKey, sameName } from '../../../src/domain/name-key';

describe('nameKey', () => {
  it('matches names with and without diacritics, in any case and spacing', () => {
    expect(nameKey('Nguyễn Thị Ánh')).toBe('nguyen thi anh');
    expect(nameKey('  NGUYEN   THI ANH ')).toBe('nguyen thi anh');
    expect(nameKey('Nguyễn Thị Ánh'.normalize('NFD'))).toBe('nguyen thi anh');
    expect(nameKey('Đặng Đức Được')).toBe('dang duc duoc');
    expect(nameKey('Trương Ưng Ơn Ửu')).toBe('truong ung on uu');
    for (const vowel of 'àáảãạăằắẳẵặâầấẩẫậ') expect(nameKey(vowel)).toBe('a');
    for (const vowel of 'ÈÉẺẼẸÊỀẾỂỄỆ') expect(nameKey(vowel)).toBe('e');
    for (const vowel of 'òóỏõọôồốổỗộơờớởỡợ') expect(nameKey(vowel)).toBe('o');
    for (const vowel of 'ùúủũụưừứửữự') expect(nameKey(vowel)).toBe('u');
    for (const vowel of 'ìíỉĩịỳýỷỹỵ') expect('iy').toContain(nameKey(vowel));
  });

  it('keeps different names apart', () => {
    expect(sameName('Lê Văn Tâm', 'LE VAN TAM')).toBe(true);
    expect(sameName('Lê Văn Tâm', 'Lê Văn Tám')).toBe(true);
    expect(sameName('Lê Văn Tâm', 'Lê Văn Tấn')).toBe(false);
    expect(sameName('Lê Văn Tâm', 'Lê Tâm')).toBe(false);
  });

  it('joins the name key and the date of birth', () => {
    expect(nameDobKey('Nguyễn  Thị Ánh ', '1990-05-01')).toBe('nguyen thi anh|1990-05-01');
    expect(nameDobKey('NGUYEN THI ANH', '1990-05-01')).toBe(
      nameDobKey('Nguyễn Thị Ánh'.normalize('NFD'), '1990-05-01'),
    );
    expect(nameDobKey('Nguyễn Thị Ánh', '1990-05-02')).not.toBe(
      nameDobKey('Nguyễn Thị Ánh', '1990-05-01'),
    );
  });
});

describe('nameKey, character by character', () => {
  // The string pipeline nameKey folds each character with: the table must give the same keys.
  const pipeline = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();

  it('gives the key of the whole-string pipeline for any text', () => {
    const pool = [
      ..."aAzZ09 -.'\t\n",
      ...'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐđƠỜỚỞỠỢƯỪỨỬỮỰàáảãạơưÿŸİıßÆæØøĲŒœǅǈȘșȚț',
      '\u0300',
      '\u0301',
      '\u0303',
      '\u0309',
      '\u0323',
      '\u00a0',
      '\u2003',
      '\u3000',
      'Ω',
      'ά',
      'Я',
      '中',
      '😀',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let len = next() % 16; len > 0; len--) text += pool[next() % pool.length];
      expect(nameKey(text), JSON.stringify(text)).toBe(pipeline(text));
      expect(nameKey(text.normalize('NFD'))).toBe(pipeline(text.normalize('NFD')));
    }
  });
});
