import { describe, expect, it } from 'vitest';
import {
  isIsoWithOffset,
  isoWithOffset,
  isRealOffset,
  localDateOf,
  readTimestamp,
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
    '2026-11-23T09:15:02+14:59',
    '2026-11-23T09:15:02+07:07',
    '2026-11-23T09:15:02-12:30',
    '0000-11-23T09:15:02+07:00',
    '9999-12-31T23:59:59+07:00',
    '1899-12-31T23:59:59+07:00',
    '2101-01-01T00:00:00+07:00',
    '2026-11-23 09:15:02+07:00',
    '23/11/2026 09:15',
    '',
  ])('rejects %j', (s) => expect(isIsoWithOffset(s)).toBe(false));
});

describe('readTimestamp', () => {
  it('reads the local date, offset and instant', () => {
    expect(readTimestamp('2026-11-23T00:30:00.000+07:00')).toEqual({
      ok: true,
      time: {
        localDate: '2026-11-23',
        offsetMinutes: 420,
        epochMs: Date.parse('2026-11-22T17:30:00.000Z'),
      },
    });
    expect(readTimestamp('2026-11-23T00:30:00-03:30')).toMatchObject({
      ok: true,
      time: { offsetMinutes: -210 },
    });
  });

  it.each([
    ['2026-11-23', 'format'],
    ['10000-01-01T00:00:00+07:00', 'format'],
    ['2026-02-30T09:00:00+07:00', 'not-a-date'],
    ['2026-11-23T24:00:00+07:00', 'not-a-date'],
    ['0000-01-01T00:00:00Z', 'year-range'],
    ['9999-12-31T23:59:59+07:00', 'year-range'],
    ['2026-11-23T09:15:02+14:59', 'offset'],
    ['2026-11-23T09:15:02+14:30', 'offset'],
    ['2026-11-23T09:15:02-12:45', 'offset'],
    ['2026-11-23T09:15:02+05:15', 'offset'],
  ])('refuses %s: %s', (s, problem) => expect(readTimestamp(s)).toEqual({ ok: false, problem }));
});

describe('isRealOffset', () => {
  it.each([0, 420, 840, -720, 345, 525, 765, -210, -570])('accepts %i minutes', (m) =>
    expect(isRealOffset(m)).toBe(true),
  );
  it.each([899, 841, -721, -750, 7, 15, 435, 900])('refuses %i minutes', (m) =>
    expect(isRealOffset(m)).toBe(false),
  );
});
