import { describe, expect, it } from 'vitest';
import { doseDue } from '../../../src/domain/dose-due';
import { addMonths, type LocalDate } from '../../../src/domain/local-date';

const dose = (date: string, vaccine: string, doseNumber: number) => ({ date, vaccine, doseNumber });

describe('doseDue', () => {
  it('counts from the dose number when only the latest dose is known (a certificate)', () => {
    // A DCC states its latest dose only: "2/2" of AstraZeneca means two doses were given.
    expect(doseDue([dose('2021-10-01', 'AZ', 2)], '2026-12-07')).toMatchObject({
      doseNumber: 3,
      doseKind: 'booster',
      earliest: '2022-04-01',
      seriesComplete: true,
    });
    // "2/3" of Abdala: the third primary dose, 14 days after the second.
    expect(doseDue([dose('2026-11-20', 'AB', 2)], '2026-11-30')).toMatchObject({
      doseNumber: 3,
      doseKind: 'primary',
      vaccine: 'AB',
      earliest: '2026-12-04',
      tooEarly: true,
    });
    // A booster stated as "3/3": the next is dose 4.
    expect(doseDue([dose('2022-03-01', 'PF', 3)], '2026-12-07').doseNumber).toBe(4);
    // A number no schedule reaches counts for nothing more than the listed dose.
    expect(doseDue([dose('2022-03-01', 'PF', 40)], '2026-12-07').doseNumber).toBe(2);
  });

  it('gives dose 1 of a primary series to someone never vaccinated', () => {
    expect(doseDue([], '2026-11-23')).toEqual({
      doseNumber: 1,
      doseKind: 'primary',
      tooEarly: false,
      seriesComplete: false,
    });
  });

  it('gives the second dose of the same vaccine after its minimum interval', () => {
    const history = [dose('2026-10-20', 'AZ', 1)];
    expect(doseDue(history, '2026-11-17')).toMatchObject({
      doseNumber: 2,
      vaccine: 'AZ',
      earliest: '2026-11-17',
      tooEarly: false,
    });
    expect(doseDue(history, '2026-11-16')).toMatchObject({ tooEarly: true });
    // Pfizer's interval is 21 days, Abdala's 14 with a three-dose series.
    expect(doseDue([dose('2026-11-01', 'PF', 1)], '2026-11-21').earliest).toBe('2026-11-22');
    expect(
      doseDue([dose('2026-11-01', 'AB', 1), dose('2026-11-15', 'AB', 2)], '2026-11-23'),
    ).toMatchObject({ doseNumber: 3, doseKind: 'primary', earliest: '2026-11-29', tooEarly: true });
  });

  it('after a complete series gives a booster six months after the last dose', () => {
    const history = [dose('2026-02-15', 'VC', 2), dose('2026-01-25', 'VC', 1)];
    expect(doseDue(history, '2026-08-14')).toEqual({
      doseNumber: 3,
      doseKind: 'booster',
      earliest: '2026-08-15',
      tooEarly: true,
      seriesComplete: true,
    });
    expect(doseDue(history, '2026-08-15').tooEarly).toBe(false);
    // Janssen is a one-dose series.
    expect(doseDue([dose('2026-01-10', 'JJ', 1)], '2026-11-23')).toMatchObject({
      doseNumber: 2,
      doseKind: 'booster',
      seriesComplete: true,
    });
  });

  it('moves whole calendar months, clamping to the end of shorter months', () => {
    expect(addMonths('2026-08-31' as LocalDate, 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31' as LocalDate, 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-23' as LocalDate, 2)).toBe('2027-01-23');
    expect(addMonths('2026-01-15' as LocalDate, -1)).toBe('2025-12-15');
  });
});
