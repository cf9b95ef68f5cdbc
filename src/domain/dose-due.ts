// Which dose a citizen is due, from their history (DESIGN §6): the next dose of the primary series
// after the vaccine's minimum interval, then boosters at least six months after the last dose.
// The dose number always comes from here, never from typing.
import type { PreviousDose } from './protocol';
import { addDays, addMonths } from './time';
import { BOOSTER_MIN_MONTHS, vaccineByCode } from './vaccines';

export interface DoseDue {
  doseNumber: number;
  doseKind: 'primary' | 'booster';
  /** The series' vaccine for a primary dose after the first; undefined when any may be chosen. */
  vaccine?: string;
  /** First day the dose may be given; undefined for a first dose. */
  earliest?: string;
  /** True when `today` is before `earliest`: giving it now needs an override with a reason. */
  tooEarly: boolean;
  /** The primary series is done (the next dose is a booster). */
  seriesComplete: boolean;
}

export function doseDue(history: readonly PreviousDose[], today: string): DoseDue {
  const doses = [...history].sort((a, b) => a.date.localeCompare(b.date));
  const first = doses[0];
  const last = doses.at(-1);
  if (first === undefined || last === undefined) {
    return { doseNumber: 1, doseKind: 'primary', tooEarly: false, seriesComplete: false };
  }
  const series = vaccineByCode(first.vaccine);
  // An unknown product is treated as a two-dose series: the commonest case, and the safer guess.
  const seriesLength = series?.seriesLength ?? 2;
  const doseNumber = doses.length + 1;
  if (doses.length < seriesLength) {
    const earliest = addDays(last.date, series?.minIntervalDays ?? 28);
    return {
      doseNumber,
      doseKind: 'primary',
      vaccine: first.vaccine,
      earliest,
      tooEarly: today < earliest,
      seriesComplete: false,
    };
  }
  const earliest = addMonths(last.date, BOOSTER_MIN_MONTHS);
  return {
    doseNumber,
    doseKind: 'booster',
    earliest,
    tooEarly: today < earliest,
    seriesComplete: true,
  };
}
