import { describe, expect, it } from 'vitest';
import { lotProblem, mergeDoses, planDose } from '../../../src/domain/injection-plan';
import type { Lot, PreviousDose } from '../../../src/domain/protocol';
import { vaccineByCode } from '../../../src/domain/vaccines';

const dose = (date: string, vaccine: string, doseNumber: number, recordId?: string) => ({
  date,
  vaccine,
  doseNumber,
  ...(recordId === undefined ? {} : { recordId }),
});
const known = (code: string) => vaccineByCode(code) !== undefined;

describe('planDose', () => {
  it('plans dose 1 of a primary series for someone never vaccinated, with any vaccine', () => {
    for (const vaccine of ['AZ', 'PF', 'JJ', 'AB']) {
      expect(planDose([], vaccine, '2026-11-23')).toEqual({
        doseNumber: 1,
        doseKind: 'primary',
        seriesComplete: false,
        warnings: [],
      });
    }
  });

  it('AstraZeneca dose 2: too early before 28 days, fine from day 28', () => {
    const history = [dose('2026-10-26', 'AZ', 1)];
    expect(planDose(history, 'AZ', '2026-11-22')).toEqual({
      doseNumber: 2,
      doseKind: 'primary',
      seriesComplete: false,
      earliest: '2026-11-23',
      warnings: ['too-early'],
    });
    expect(planDose(history, 'AZ', '2026-11-23')).toEqual({
      doseNumber: 2,
      doseKind: 'primary',
      seriesComplete: false,
      earliest: '2026-11-23',
      warnings: [],
    });
    expect(planDose(history, 'AZ', '2026-12-30').warnings).toEqual([]);
  });

  it('Pfizer dose 2: too early before 21 days, fine from day 21', () => {
    const history = [dose('2026-11-02', 'PF', 1)];
    expect(planDose(history, 'PF', '2026-11-22')).toMatchObject({
      doseNumber: 2,
      earliest: '2026-11-23',
      warnings: ['too-early'],
    });
    expect(planDose(history, 'PF', '2026-11-23')).toMatchObject({
      doseNumber: 2,
      earliest: '2026-11-23',
      warnings: [],
    });
    // 21 days would be too early for AstraZeneca.
    expect(planDose([dose('2026-11-02', 'AZ', 1)], 'AZ', '2026-11-23').warnings).toEqual([
      'too-early',
    ]);
  });

  it('warns when a primary dose is another product than the series began with', () => {
    const history = [dose('2026-10-01', 'AZ', 1)];
    expect(planDose(history, 'PF', '2026-11-23')).toMatchObject({
      doseNumber: 2,
      doseKind: 'primary',
      warnings: ['series-vaccine-mismatch'],
    });
    // Both problems at once: too early and the wrong product.
    expect(planDose([dose('2026-11-20', 'AZ', 1)], 'MD', '2026-11-23').warnings).toEqual([
      'too-early',
      'series-vaccine-mismatch',
    ]);
  });

  it('Abdala has three primary doses 14 days apart', () => {
    const history = [dose('2026-10-01', 'AB', 1), dose('2026-10-15', 'AB', 2)];
    expect(planDose(history, 'AB', '2026-10-28')).toMatchObject({
      doseNumber: 3,
      doseKind: 'primary',
      seriesComplete: false,
      earliest: '2026-10-29',
      warnings: ['too-early'],
    });
    expect(planDose(history, 'AB', '2026-10-29').warnings).toEqual([]);
  });

  it('a booster is due six months after the series, of any product', () => {
    const history = [dose('2026-04-23', 'PF', 2), dose('2026-04-02', 'PF', 1)];
    expect(planDose(history, 'AZ', '2026-10-22')).toEqual({
      doseNumber: 3,
      doseKind: 'booster',
      seriesComplete: true,
      earliest: '2026-10-23',
      warnings: ['too-early'],
    });
    expect(planDose(history, 'AZ', '2026-10-23')).toEqual({
      doseNumber: 3,
      doseKind: 'booster',
      seriesComplete: true,
      earliest: '2026-10-23',
      warnings: [],
    });
    expect(planDose(history, 'MD', '2026-11-23').warnings).toEqual([]);
  });

  it('Janssen is a single dose: the next one is a booster', () => {
    const history = [dose('2026-03-10', 'JJ', 1)];
    expect(planDose(history, 'JJ', '2026-09-09')).toEqual({
      doseNumber: 2,
      doseKind: 'booster',
      seriesComplete: true,
      earliest: '2026-09-10',
      warnings: ['too-early'],
    });
    expect(planDose(history, 'PF', '2026-09-10')).toMatchObject({
      doseNumber: 2,
      doseKind: 'booster',
      warnings: [],
    });
  });

  it('warns when the screening found a contraindication for this product', () => {
    expect(planDose([], 'AZ', '2026-11-23', 'AZ').warnings).toEqual(['contraindicated-vaccine']);
    expect(planDose([], 'PF', '2026-11-23', 'AZ').warnings).toEqual([]);
    // A contraindication to the series' own product: switching is the answer, and still a mismatch.
    const history = [dose('2026-10-01', 'AZ', 1)];
    expect(planDose(history, 'AZ', '2026-11-23', 'AZ').warnings).toEqual([
      'contraindicated-vaccine',
    ]);
    expect(planDose(history, 'PF', '2026-11-23', 'AZ').warnings).toEqual([
      'series-vaccine-mismatch',
    ]);
  });

  it('uses the history in date order whatever order it comes in', () => {
    const history = [dose('2026-06-01', 'VC', 2), dose('2026-05-11', 'VC', 1)];
    expect(planDose(history, 'VC', '2026-11-23')).toMatchObject({
      doseNumber: 3,
      doseKind: 'booster',
      earliest: '2026-12-01',
      warnings: ['too-early'],
    });
  });
});

describe('lotProblem', () => {
  const lot: Lot = { lot: 'FK5127', vaccine: 'PF', expiry: '2026-11-23', dosesAllocated: 60 };

  it('accepts a lot on its expiry day, refuses it the day after', () => {
    expect(lotProblem(lot, '2026-11-22', 0, known)).toBeNull();
    expect(lotProblem(lot, '2026-11-23', 0, known)).toBeNull();
    expect(lotProblem(lot, '2026-11-24', 0, known)).toBe('expired');
    expect(lotProblem(lot, '2027-01-01', 0, known)).toBe('expired');
  });

  it('refuses a lot with no doses allocated to the site', () => {
    expect(lotProblem({ ...lot, dosesAllocated: 0 }, '2026-11-20', 0, known)).toBe('unallocated');
    expect(lotProblem({ ...lot, dosesAllocated: -5 }, '2026-11-20', 0, known)).toBe('unallocated');
  });

  it('refuses a lot once every allocated dose was given', () => {
    expect(lotProblem(lot, '2026-11-20', 59, known)).toBeNull();
    expect(lotProblem(lot, '2026-11-20', 60, known)).toBe('exhausted');
    expect(lotProblem(lot, '2026-11-20', 75, known)).toBe('exhausted');
  });

  it('refuses a lot of a vaccine the table does not know, before anything else', () => {
    const odd = { ...lot, vaccine: 'XX', expiry: '2020-01-01', dosesAllocated: 0 };
    expect(lotProblem(odd, '2026-11-20', 0, known)).toBe('unknown-vaccine');
    expect(lotProblem(lot, '2026-11-20', 0, () => false)).toBe('unknown-vaccine');
  });
});

describe('mergeDoses', () => {
  const withId = dose('2026-06-01', 'AZ', 1, '01a208cd-7ed8-7133-b4e2-000000000001');
  const withoutId = dose('2026-06-01', 'AZ', 1);
  const second = dose('2026-07-01', 'AZ', 2, '01a208cd-7ed8-7133-b4e2-000000000002');

  it('keeps one copy of a dose known with and without its record id, in either order', () => {
    expect(mergeDoses([withId], [withoutId])).toEqual([withId]);
    // The copy that names its record is the one kept.
    expect(mergeDoses([withoutId], [withId])).toEqual([withId]);
    expect(mergeDoses([withoutId, second], [withId])).toHaveLength(2);
  });

  it('keeps one copy of a dose that two sources know by the same record id', () => {
    // E.g. the platform's dose history and the tablet's own injection record.
    expect(mergeDoses([withId], [{ ...withId }])).toEqual([withId]);
    expect(mergeDoses([withId, second], [{ ...second }, { ...withId }])).toEqual([withId, second]);
    expect(mergeDoses([withoutId], [withId], [{ ...withId }])).toHaveLength(1);
  });

  it('keeps one copy of a dose imported twice without record id', () => {
    expect(mergeDoses([withoutId], [{ ...withoutId }])).toEqual([withoutId]);
  });

  it('keeps different doses, sorted by date', () => {
    const booster = dose('2027-01-10', 'PF', 3);
    const merged = mergeDoses([booster, second], [withoutId]);
    expect(merged.map((d) => d.date)).toEqual(['2026-06-01', '2026-07-01', '2027-01-10']);
    // The same date and product with another dose number is another dose.
    expect(mergeDoses([withoutId], [dose('2026-06-01', 'AZ', 2)])).toHaveLength(2);
    expect(mergeDoses([withoutId], [dose('2026-06-01', 'PF', 1)])).toHaveLength(2);
  });

  it('merges nothing into nothing and does not change its inputs', () => {
    expect(mergeDoses()).toEqual([]);
    expect(mergeDoses([], [])).toEqual([]);
    const source: PreviousDose[] = [second, withoutId];
    mergeDoses(source, [withId]);
    expect(source).toEqual([second, withoutId]);
  });
});
