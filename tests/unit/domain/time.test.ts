import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isIsoDate,
  isIsoWithOffset,
  isoWithOffset,
  localDateOf,
  parseDate,
} from '../../../src/domain/time';

describe('isoWithOffset', () => {
  const instant = new Date('2026-11-23T02:15:02.123Z');

  it('writes local time at the given offset', () => {
    expect(isoWithOffset(instant, 420)).toBe('2026-11-23T09:15:02.123+07:00');
    expect(isoWithOffset(instant, 0)).toBe('2026-11-23T02:15:02.123+00:00');
    expect(isoWithOffset(instant, -300)).toBe('2026-11-22T21:15:02.123-05:00');
    expect(isoWithOffset(instant, 345)).toBe('2026-11-23T08:00:02.123+05:45');
    expect(isoWithOffset(instant, -210)).toBe('2026-11-22T22:45:02.123-03:30');
  });

  it('crosses midnight into the local date', () => {
    expect(isoWithOffset(new Date('2026-12-31T17:30:00.000Z'), 420)).toBe(
      '2027-01-01T00:30:00.000+07:00',
    );
  });

  it('defaults to the runtime time zone and round-trips to the same instant', () => {
    const s = isoWithOffset(instant);
    expect(isIsoWithOffset(s)).toBe(true);
    expect(Date.parse(s)).toBe(instant.getTime());
  });
});

describe('localDateOf', () => {
  it('reads the date as written, not as UTC', () => {
    expect(localDateOf('2026-11-23T00:30:00.000+07:00')).toBe('2026-11-23');
    expect(localDateOf('2026-11-22T23:59:59-05:00')).toBe('2026-11-22');
  });
});

describe('isIsoWithOffset', () => {
  it.each([
    '2026-11-23T09:15:02.123+07:00',
    '2026-11-23T09:15:02+07:00',
    '2026-11-23T09:15+07:00',
    '2026-11-23T02:15:02.123Z',
    '2024-02-29T23:59:59.999-03:30',
  ])('accepts %s', (s) => expect(isIsoWithOffset(s)).toBe(true));

  it.each([
    '2026-11-23T09:15:02.123',
    '2026-11-23',
    '2026-02-29T09:15:02+07:00',
    '2026-11-31T09:15:02+07:00',
    '2026-13-01T09:15:02+07:00',
    '2026-11-23T24:00:00+07:00',
    '2026-11-23T09:60:00+07:00',
    '2026-11-23T09:15:60+07:00',
    '2026-11-23T09:15:02+7:00',
    '2026-11-23T09:15:02+15:00',
    '2026-11-23 09:15:02+07:00',
    '23/11/2026 09:15',
    '',
  ])('rejects %j', (s) => expect(isIsoWithOffset(s)).toBe(false));
});

describe('isIsoDate', () => {
  it.each(['2026-11-23', '2024-02-29', '2000-02-29', '1900-01-01'])('accepts %s', (s) =>
    expect(isIsoDate(s)).toBe(true),
  );
  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-1-5',
    '23/11/2026',
    '2026-11-23T00:00Z',
    '',
  ])('rejects %j', (s) => expect(isIsoDate(s)).toBe(false));
});

describe('calendar arithmetic', () => {
  it('counts and adds days across months, leap days and years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2025-12-31', '2026-01-28')).toBe(28);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-11-23', 21)).toBe('2026-12-14');
    expect(addDays('2026-01-05', -10)).toBe('2025-12-26');
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['23/11/2026', '2026-11-23'],
    ['5/1/1990', '1990-01-05'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (input, expected) => expect(parseDate(input)).toBe(expected));

  it.each([
    '29/02/2026',
    '31/04/2026',
    '11/23/2026',
    '23-11-2026',
    '23/11/26',
    '2026/11/23',
    '',
    '1990-1-5',
  ])('rejects %j', (input) => expect(parseDate(input)).toBeNull());
});
