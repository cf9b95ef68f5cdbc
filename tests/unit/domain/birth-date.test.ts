import { describe, expect, it } from 'vitest';
import { ageOn, isMinor } from '../../../src/domain/age';
import {
  bornAfter,
  parseTypedDate,
  readBirthDate,
  shapeTypedDate,
  typedTextOf,
} from '../../../src/domain/birth-date';
import { formatBirthDateWords } from '../../../src/i18n/format';
import type { Params } from '../../../src/i18n/i18n';
import { en } from '../../../src/i18n/en';
import { vi } from '../../../src/i18n/vi';

const translator =
  (dict: Record<string, string>) =>
  (key: string, params: Params = {}) =>
    dict[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

describe('readBirthDate', () => {
  it('reads a full date and a year alone', () => {
    expect(readBirthDate('1950-03-05')).toEqual({
      ok: true,
      dob: '1950-03-05',
      year: 1950,
      yearOnly: false,
    });
    expect(readBirthDate('1950')).toEqual({ ok: true, dob: '1950', year: 1950, yearOnly: true });
  });

  it.each([
    ['1950-3-5', 'format'],
    ['195', 'format'],
    ['19500', 'format'],
    ['1950-02-30', 'not-a-date'],
    ['1850', 'year-range'],
    ['2101', 'year-range'],
    [1950, 'format'],
  ])('refuses %s (%s)', (value, problem) => {
    expect(readBirthDate(value)).toEqual({ ok: false, problem });
  });
});

describe('parseTypedDate: day first, whatever the locale', () => {
  it.each([
    ['05/03/1950', '1950-03-05'],
    ['5/3/1950', '1950-03-05'],
    ['05031950', '1950-03-05'],
    ['5.3.1950', '1950-03-05'],
    ['12/11/1950', '1950-11-12'],
    ['1950-03-05', '1950-03-05'],
  ])('%s is %s', (text, dob) => {
    expect(parseTypedDate(text, true)).toMatchObject({ ok: true, dob });
  });

  it('takes a year alone only where it is allowed', () => {
    expect(parseTypedDate('1950', true)).toMatchObject({ ok: true, dob: '1950', yearOnly: true });
    expect(parseTypedDate('1950', false)).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses a month-first date that cannot be day-first', () => {
    expect(parseTypedDate('03/25/1950', true)).toEqual({ ok: false, problem: 'not-a-date' });
    expect(parseTypedDate('', true)).toEqual({ ok: false, problem: 'format' });
  });
});

describe('shapeTypedDate puts the slashes in', () => {
  it.each([
    ['19', '19'],
    ['1950', '1950'],
    ['05031', '05/03/1'],
    ['05031950', '05/03/1950'],
    ['050319501', '05/03/1950'],
    ['5/3/1950', '5/3/1950'],
    ['05a03', '0503'],
  ])('%s → %s', (raw, shaped) => {
    expect(shapeTypedDate(raw)).toBe(shaped);
  });

  it('shows a stored date back as typed', () => {
    expect(typedTextOf('1950-03-05')).toBe('05/03/1950');
    expect(typedTextOf('1950')).toBe('1950');
    expect(typedTextOf('')).toBe('');
  });
});

describe('ages and births of a year alone', () => {
  it('counts the age reached during the year', () => {
    expect(ageOn('1950', '2026-01-01')).toBe(76);
    expect(ageOn('1950', '2026-12-31')).toBe(76);
    expect(isMinor('2008', '2026-01-01')).toBe(false);
    expect(isMinor('2009', '2026-12-31')).toBe(true);
  });

  it('is after a date only when the whole year is', () => {
    expect(bornAfter('2026', '2026-01-01')).toBe(false);
    expect(bornAfter('2027', '2026-12-31')).toBe(true);
    expect(bornAfter('2026-01-02', '2026-01-01')).toBe(true);
  });
});

describe('formatBirthDateWords', () => {
  it('reads a date back in words, in Vietnamese and English', () => {
    expect(formatBirthDateWords('1950-03-05', translator(vi))).toBe('ngày 5 tháng 3 năm 1950');
    expect(formatBirthDateWords('1950', translator(vi))).toBe('năm 1950');
    expect(formatBirthDateWords('1950-03-05', translator({ ...vi, ...en }))).toBe('5 March 1950');
    expect(formatBirthDateWords('1950', translator({ ...vi, ...en }))).toBe('1950');
    expect(formatBirthDateWords('1950-02-30', translator(vi))).toBe('');
  });
});
