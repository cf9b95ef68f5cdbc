// What the injection table may give (docs/architecture.md §6): which lots are usable today, and the
// dose a chosen vaccine would be for this citizen, with the checks that need an override.
import { doseDue } from './dose-due';
import type { Lot, PreviousDose } from './protocol';
import type { InjectionData } from './records';

export type LotProblem = 'expired' | 'unallocated' | 'exhausted' | 'unknown-vaccine';

/**
 * Why a lot may not be used on `today` (YYYY-MM-DD), or null when it may.
 * `dosesUsed` counts the doses already given from it at this site.
 */
export function lotProblem(
  lot: Lot,
  today: string,
  dosesUsed: number,
  knownVaccine: (code: string) => boolean,
): LotProblem | null {
  if (!knownVaccine(lot.vaccine)) return 'unknown-vaccine';
  if (lot.expiry < today) return 'expired';
  if (lot.dosesAllocated <= 0) return 'unallocated';
  if (dosesUsed >= lot.dosesAllocated) return 'exhausted';
  return null;
}

export type DoseWarning =
  /** Before the minimum interval of the series, or before the booster is due. */
  | 'too-early'
  /** A primary dose of another product than the one the series began with. */
  | 'series-vaccine-mismatch'
  /** The screening found a contraindication for this product. */
  | 'contraindicated-vaccine';

export interface DosePlan {
  doseNumber: number;
  doseKind: InjectionData['doseKind'];
  seriesComplete: boolean;
  /** First day the dose is due, when there is one. */
  earliest?: string;
  warnings: DoseWarning[];
}

/** Each warning needs an override with a reason before the dose can be recorded. */
export function planDose(
  history: readonly PreviousDose[],
  vaccine: string,
  today: string,
  avoidVaccine?: string,
): DosePlan {
  const due = doseDue(history, today);
  const warnings: DoseWarning[] = [];
  if (due.tooEarly) warnings.push('too-early');
  if (due.doseKind === 'primary' && due.vaccine !== undefined && due.vaccine !== vaccine) {
    warnings.push('series-vaccine-mismatch');
  }
  if (avoidVaccine !== undefined && avoidVaccine === vaccine) {
    warnings.push('contraindicated-vaccine');
  }
  return {
    doseNumber: due.doseNumber,
    doseKind: due.doseKind,
    seriesComplete: due.seriesComplete,
    ...(due.earliest === undefined ? {} : { earliest: due.earliest }),
    warnings,
  };
}

/** History as the tablet knows it: merged from several sources, each dose once. */
export function mergeDoses(...sources: readonly (readonly PreviousDose[])[]): PreviousDose[] {
  // One entry per date|vaccine|dose number: a dose known by record id and the same dose imported
  // without one (or known to two sources by the same id) are one dose; the copy naming its record
  // is kept.
  const seen = new Map<string, PreviousDose>();
  for (const dose of sources.flat()) {
    const key = `${dose.date}|${dose.vaccine}|${dose.doseNumber}`;
    const had = seen.get(key);
    if (had === undefined || (had.recordId === undefined && dose.recordId !== undefined)) {
      seen.set(key, dose);
    }
  }
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
}
