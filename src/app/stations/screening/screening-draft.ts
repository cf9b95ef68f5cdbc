// What the screener has entered so far, and what still stops it from being saved (pure).
import type { ScreeningData } from '../../../domain/records';
import {
  unansweredItems,
  VITAL_LIMITS,
  type ScreeningItemId,
  type VitalName,
  type Vitals,
} from '../../../domain/screening';
import type { Problem } from '../shared/problem';

export const VITAL_NAMES = Object.keys(VITAL_LIMITS) as VitalName[];

export type VitalsText = Partial<Record<VitalName, string>>;

/** Typed vitals as numbers. Vietnamese write "37,5": a decimal comma is read as a point. */
export function parseVitals(text: VitalsText): { vitals: Vitals; invalid: VitalName[] } {
  const vitals: Vitals = {};
  const invalid: VitalName[] = [];
  for (const name of VITAL_NAMES) {
    const raw = (text[name] ?? '').trim().replace(',', '.');
    if (raw === '') continue;
    const value = /^\d{1,3}(\.\d{1,2})?$/.test(raw) ? Number(raw) : NaN;
    if (Number.isFinite(value)) vitals[name] = value;
    else invalid.push(name);
  }
  return { vitals, invalid };
}

export interface ScreeningDraft {
  answers: Record<string, boolean>;
  /** The questions that apply to this person (see screening-applies.ts). */
  asked: readonly ScreeningItemId[];
  vitalsText: VitalsText;
  /** Null until the verdict suggests one or the screener chooses. */
  decision: ScreeningData['decision'] | null;
  consent: boolean;
}

/** Reasons the record may not be saved yet, in the order the form shows the fields. */
export function screeningProblems(draft: ScreeningDraft): Problem[] {
  const problems: Problem[] = [];
  const unanswered = unansweredItems(draft.answers, draft.asked).length;
  if (unanswered > 0) problems.push({ key: 'screening.unanswered', params: { n: unanswered } });
  if (parseVitals(draft.vitalsText).invalid.length > 0) {
    problems.push({ key: 'screening.badVital' });
  }
  if (draft.decision === null) problems.push({ key: 'screening.decisionMissing' });
  if (draft.decision === 'proceed' && !draft.consent) {
    problems.push({ key: 'screening.consentMissing' });
  }
  return problems;
}
