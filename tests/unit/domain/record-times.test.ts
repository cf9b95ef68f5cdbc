// When a record says it happened. The impossible is refused, the implausible
// accepted and flagged, against the clock of the side that checks (passed in: the check is pure).
import { describe, expect, it } from 'vitest';
import { recordErrors, validateRecord } from '../../../src/domain/validate-record';
import { samples } from '../../support/records';

/** The checking clock: the samples' own morning (2026-11-23 09:15 in Vietnam). */
const NOW = new Date(samples.AT);
const at = (occurredAt: string, visitDay = occurredAt.slice(0, 10)) => ({
  ...samples.injection(),
  occurredAt,
  visitKey: `${samples.SITE}:${visitDay}:${samples.ADULT_ID}`,
});
const errorsOf = (record: unknown, now = NOW) => {
  const result = validateRecord(record, now);
  return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
};
const flagsOf = (record: unknown, now = NOW) => {
  const result = validateRecord(record, now);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.flags.map((f) => `${f.field}:${f.code}`);
};

describe('record times: the impossible is refused', () => {
  it.each([
    ['0000-01-01T00:00:00.000+07:00', 'occurredAt:year-range'],
    ['9999-12-31T23:59:59.000+07:00', 'occurredAt:year-range'],
    ['1899-12-31T12:00:00.000+07:00', 'occurredAt:year-range'],
    ['2101-01-01T12:00:00.000+07:00', 'occurredAt:year-range'],
    ['2026-02-30T09:00:00.000+07:00', 'occurredAt:not-a-date'],
    ['2026-11-23T09:15:02.123+14:59', 'occurredAt:offset'],
    ['2026-11-23T09:15:02.123+14:30', 'occurredAt:offset'],
    ['2026-11-23T09:15:02.123-12:30', 'occurredAt:offset'],
    ['2026-11-23T09:15:02.123+07:10', 'occurredAt:offset'],
    ['2026-11-23T09:15:02.123+15:00', 'occurredAt:offset'],
    ['2026-11-23T09:15:02.123+7:00', 'occurredAt:format'],
  ])('occurredAt %s → %s', (occurredAt, expected) => {
    // The visit key keeps a valid date so only occurredAt is wrong.
    expect(errorsOf(at(occurredAt, samples.DAY))).toEqual([expected]);
  });

  it.each(['+14:00', '-12:00', '+05:45', '+12:45', '-03:30', '-09:30', 'Z', '+00:00'])(
    'takes the real offset %s',
    (offset) => {
      const record = at(`2026-11-23T09:15:02.123${offset}`);
      expect(errorsOf(record)).toEqual([]);
    },
  );

  it('refuses a visit key dated more than a day from occurredAt', () => {
    expect(errorsOf(at(samples.AT, '2026-11-21'))).toEqual(['visitKey:visit-date']);
    expect(errorsOf(at(samples.AT, '2026-11-25'))).toEqual(['visitKey:visit-date']);
    expect(errorsOf(at(samples.AT, '2025-11-23'))).toEqual(['visitKey:visit-date']);
  });

  it('takes a correction made weeks after the visit it corrects, not one made before it', () => {
    const correction = (occurredAt: string) => ({
      ...samples.correction(),
      occurredAt,
      visitKey: `${samples.SITE}:2026-11-02:${samples.ADULT_ID}`,
    });
    expect(errorsOf(correction(samples.AT))).toEqual([]);
    expect(flagsOf(correction(samples.AT))).toEqual([]);
    expect(errorsOf(correction('2026-10-30T09:00:00.000+07:00'))).toEqual(['visitKey:visit-date']);
  });

  it('refuses impossible times of other fields too', () => {
    const observation = samples.observation();
    observation.data.releasedAt = '9999-12-31T23:59:59.000+07:00';
    expect(errorsOf(observation)).toEqual(['data.releasedAt:year-range']);
    observation.data.releasedAt = `${samples.DAY}T09:45:10.000+14:59`;
    expect(errorsOf(observation)).toEqual(['data.releasedAt:offset']);
  });

  it('refuses the same without a clock, for a correction previewed on the tablet', () => {
    expect(recordErrors(at('9999-12-31T23:59:59.000+07:00', samples.DAY))).toMatchObject([
      { field: 'occurredAt', code: 'year-range' },
    ]);
    expect(recordErrors(at(samples.AT))).toEqual([]);
  });
});

describe('record times: the implausible is flagged', () => {
  it('accepts an ordinary record without a flag', () => {
    expect(flagsOf(at(samples.AT))).toEqual([]);
  });

  it('flags a time more than a day ahead of the checking clock, and not within a day', () => {
    expect(flagsOf(at('2026-11-24T09:15:03.000+07:00'))).toEqual(['occurredAt:future-time']);
    expect(flagsOf(at('2027-06-01T08:00:00.000+07:00'))).toEqual(['occurredAt:future-time']);
    // Up to a day ahead is clock drift or a time zone, not a finding.
    expect(flagsOf(at('2026-11-24T09:15:02.000+07:00'))).toEqual([]);
    // The same record checked by a later clock (a tablet synced late) is not ahead any more.
    expect(flagsOf(at('2026-11-24T09:15:03.000+07:00'), new Date('2026-11-30T00:00:00Z'))).toEqual(
      [],
    );
  });

  it('flags a time before the campaign began on 2021-03-08', () => {
    expect(flagsOf(at('2021-03-07T23:59:59.000+07:00'))).toEqual(['occurredAt:before-campaign']);
    expect(flagsOf(at('1970-01-01T07:00:00.000+07:00'))).toEqual(['occurredAt:before-campaign']);
    expect(flagsOf(at('2021-03-08T00:00:00.000+07:00'))).toEqual([]);
  });

  it('flags a visit key one day off occurredAt, as a visit that crossed midnight', () => {
    expect(
      flagsOf(at('2026-11-24T00:05:00.000+07:00', '2026-11-23'), new Date('2026-11-24T00:00:00Z')),
    ).toEqual(['visitKey:visit-date-off']);
    expect(flagsOf(at(samples.AT, '2026-11-24'))).toEqual(['visitKey:visit-date-off']);
  });

  it('keeps the flags of the record type beside the time flags', () => {
    const checkin = { ...samples.checkin(), occurredAt: '2026-11-25T09:00:00.000+07:00' };
    checkin.visitKey = `${samples.SITE}:2026-11-25:${samples.ADULT_ID}`;
    checkin.data.citizen.id = samples.ADULT_ID.replace(/^(\d{4})\d\d/, '$100');
    expect(flagsOf(checkin)).toEqual(
      expect.arrayContaining(['occurredAt:future-time', 'data.citizen.id:id-birthyear-mismatch']),
    );
  });
});
