import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  datesFrom,
  daysBetween,
  isLocalDate,
  parseDate,
  readLocalDate,
  toLocalDate,
  type LocalDate,
} from '../../../src/domain/local-date';

const d = (s: string) => s as LocalDate;

describe('readLocalDate', () => {
  it.each(['2026-11-23', '2024-02-29', '2000-02-29', '1900-01-01', '2100-12-31'])(
    'accepts %s',
    (s) => expect(readLocalDate(s)).toEqual({ ok: true, date: s }),
  );

  it.each([
    ['2026-02-29', 'not-a-date'],
    ['2026-02-30', 'not-a-date'],
    ['1900-02-29', 'not-a-date'],
    ['2026-04-31', 'not-a-date'],
    ['2026-00-10', 'not-a-date'],
    ['2026-13-01', 'not-a-date'],
    ['0000-01-01', 'year-range'],
    ['0001-01-01', 'year-range'],
    ['1899-12-31', 'year-range'],
    ['2101-01-01', 'year-range'],
    ['9999-12-31', 'year-range'],
    ['10000-01-01', 'format'],
    ['+010000-01-01', 'format'],
    ['2026-1-5', 'format'],
    ['23/11/2026', 'format'],
    ['2026-11-23T00:00Z', 'format'],
    [' 2026-11-23', 'format'],
    ['２０２６-11-23', 'format'],
    ['', 'format'],
    [20261123, 'format'],
    [null, 'format'],
  ])('refuses %j: %s', (s, problem) => expect(readLocalDate(s)).toEqual({ ok: false, problem }));

  it('has a boolean and a nullable form', () => {
    expect(isLocalDate('2026-11-23')).toBe(true);
    expect(isLocalDate('9999-12-31')).toBe(false);
    expect(toLocalDate('2026-11-23')).toBe('2026-11-23');
    expect(toLocalDate('2026-02-30')).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('counts and adds days across months, leap days and years', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2026-03-01'), d('2026-02-28'))).toBe(-1);
    expect(daysBetween(d('2025-12-31'), d('2026-01-28'))).toBe(28);
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2026-11-23'), 21)).toBe('2026-12-14');
    expect(addDays(d('2026-01-05'), -10)).toBe('2025-12-26');
    expect(addMonths(d('2026-08-31'), 6)).toBe('2027-02-28');
  });

  it('keeps four-digit years that sort as strings, or throws rather than leave the calendar', () => {
    // The old addDays gave '+010000-01-01' here, which sorts before '9999-12-31'.
    expect(addDays(d('9999-12-30'), 1)).toBe('9999-12-31');
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addDays(d('0001-01-01'), -1)).toThrow(RangeError);
    expect(addDays(d('2100-12-31'), 1) > d('2100-12-31')).toBe(true);
  });
});

describe('datesFrom', () => {
  it('lists every date of a range, both ends included', () => {
    expect(datesFrom(d('2024-02-28'), d('2024-03-01'), 10)).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(datesFrom(d('2026-11-23'), d('2026-11-23'), 1)).toEqual(['2026-11-23']);
    expect(datesFrom(d('2026-11-24'), d('2026-11-23'), 10)).toEqual([]);
  });

  it('refuses before looping a range longer than allowed, even at the calendar edge', () => {
    expect(() => datesFrom(d('2026-01-01'), d('2026-01-11'), 10)).toThrow(RangeError);
    expect(() => datesFrom(d('9999-12-31'), d('9999-12-31'), 10)).not.toThrow();
    expect(() => datesFrom(d('0001-01-01'), d('9999-12-31'), 366)).toThrow(RangeError);
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['23/11/2026', '2026-11-23'],
    ['5/1/1990', '1990-01-05'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (input, expected) =>
    expect(parseDate(input)).toEqual({ ok: true, date: expected }),
  );

  it.each([
    ['29/02/2026', 'not-a-date'],
    ['31/04/2026', 'not-a-date'],
    ['11/23/2026', 'not-a-date'],
    ['31/12/9999', 'year-range'],
    ['01/01/1899', 'year-range'],
    ['23-11-2026', 'format'],
    ['23/11/26', 'format'],
    ['2026/11/23', 'format'],
    ['', 'format'],
    ['1990-1-5', 'format'],
  ])('refuses %j: %s', (input, problem) =>
    expect(parseDate(input)).toEqual({ ok: false, problem }),
  );
});
