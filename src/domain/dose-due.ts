// Which dose a citizen is due, from their history (docs/architecture.md §6): the next dose of the
// primary series after the vaccine's minimum interval, then boosters at least six months after the
// last dose. The dose number always comes from here, never from typing.
import type { PreviousDose } from './protocol';
import { addDays, addMonths, toLocalDate, type LocalDate } from './local-date';
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

/** A dose number no schedule reaches: a larger one is a typing slip, not a history. */
const MAX_DOSE_NUMBER = 9;

/**
 * The highest dose number a history states (0 for none): a certificate states only its latest
 * dose, and its number tells how many came before it.
 */
export function highestDoseNumber(doses: readonly PreviousDose[]): number {
  const numbered = doses.map(({ doseNumber: n }) =>
    Number.isInteger(n) && n >= 1 && n <= MAX_DOSE_NUMBER ? n : 0,
  );
  return Math.max(0, ...numbered);
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
  const had = Math.max(doses.length, highestDoseNumber(doses));
  const doseNumber = had + 1;
  // Dates arrive from the server; one that is not a date gives no interval to wait for.
  const lastDate = toLocalDate(last.date);
  const from = (move: (date: LocalDate) => LocalDate) =>
    lastDate === null ? {} : { earliest: move(lastDate) };
  const early = (due: { earliest?: string }) => due.earliest !== undefined && today < due.earliest;
  if (had < seriesLength) {
    const due = from((d) => addDays(d, series?.minIntervalDays ?? 28));
    return {
      doseNumber,
      doseKind: 'primary',
      vaccine: first.vaccine,
      ...due,
      tooEarly: early(due),
      seriesComplete: false,
    };
  }
  const due = from((d) => addMonths(d, BOOSTER_MIN_MONTHS));
  return {
    doseNumber,
    doseKind: 'booster',
    ...due,
    tooEarly: early(due),
    seriesComplete: true,
  };
}
