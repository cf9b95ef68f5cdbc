// The adult pre-vaccination checklist (QĐ 5785/QĐ-BYT, docs/architecture.md §6): yes/no items and
// vitals, and the outcome the rules give. The most serious finding decides; every finding is a
// reason shown to the screener, who then records a decision.
import type { ScreeningData } from './records';

export type ScreeningOutcome = ScreeningData['outcome'];
export type Vitals = NonNullable<ScreeningData['vitals']>;
export type VitalName = keyof Vitals;

/** Checklist items in the order of the paper form; a "yes" leads to `outcome`. */
export const SCREENING_ITEMS = [
  { id: 'anaphylaxisCovidVaccine', outcome: 'contraindicated' },
  { id: 'acuteIllness', outcome: 'postpone' },
  { id: 'pregnancyUnder13Weeks', outcome: 'postpone' },
  { id: 'severeAnaphylaxisAny', outcome: 'refer' },
  { id: 'pregnancy13WeeksPlus', outcome: 'caution' },
  { id: 'severeImmunodeficiency', outcome: 'caution' },
  { id: 'otherAllergy', outcome: 'caution' },
  { id: 'bleedingDisorder', outcome: 'caution' },
  { id: 'alteredConsciousness', outcome: 'caution' },
] as const satisfies readonly { id: string; outcome: ScreeningOutcome }[];

export type ScreeningItemId = (typeof SCREENING_ITEMS)[number]['id'];

/** Normal ranges; a value outside one is a "caution" finding. */
export const VITAL_LIMITS: Record<VitalName, { min?: number; max?: number }> = {
  temperatureC: { min: 35.5, max: 37.5 },
  pulse: { min: 60, max: 100 },
  systolic: { min: 90, max: 140 },
  diastolic: { min: 60, max: 90 },
  respiratoryRate: { max: 25 },
};

export type ScreeningReason =
  | { kind: 'item'; item: ScreeningItemId; outcome: ScreeningOutcome }
  | { kind: 'vital'; vital: VitalName; value: number; outcome: 'caution' };

export interface ScreeningResult {
  outcome: ScreeningOutcome;
  /** Every finding, most serious first. */
  reasons: ScreeningReason[];
}

// Contraindicated outranks the others: that vaccine must not be given today whatever else is found.
const SEVERITY: ScreeningOutcome[] = [
  'contraindicated',
  'postpone',
  'refer',
  'caution',
  'eligible',
];
const rank = (o: ScreeningOutcome) => SEVERITY.indexOf(o);

export function vitalOutOfRange(vital: VitalName, value: number): boolean {
  const { min, max } = VITAL_LIMITS[vital];
  return (min !== undefined && value < min) || (max !== undefined && value > max);
}

export function screeningOutcome(
  answers: Readonly<Record<string, boolean>>,
  vitals: Vitals = {},
): ScreeningResult {
  const reasons: ScreeningReason[] = [];
  for (const { id, outcome } of SCREENING_ITEMS) {
    if (answers[id] === true) reasons.push({ kind: 'item', item: id, outcome });
  }
  for (const vital of Object.keys(VITAL_LIMITS) as VitalName[]) {
    const value = vitals[vital];
    if (value !== undefined && vitalOutOfRange(vital, value)) {
      reasons.push({ kind: 'vital', vital, value, outcome: 'caution' });
    }
  }
  reasons.sort((a, b) => rank(a.outcome) - rank(b.outcome));
  return { outcome: reasons[0]?.outcome ?? 'eligible', reasons };
}

/** What the screener is offered first; they may choose otherwise. */
export function suggestedDecision(outcome: ScreeningOutcome): ScreeningData['decision'] {
  if (outcome === 'refer') return 'refer';
  if (outcome === 'postpone' || outcome === 'contraindicated') return 'defer';
  return 'proceed';
}

const ALL_ITEMS: readonly ScreeningItemId[] = SCREENING_ITEMS.map(({ id }) => id);

/** Every asked item must be answered before the outcome means anything. */
export function unansweredItems(
  answers: Readonly<Record<string, boolean>>,
  asked: readonly ScreeningItemId[] = ALL_ITEMS,
): ScreeningItemId[] {
  return asked.filter((id) => typeof answers[id] !== 'boolean');
}

const OUTCOME_OF = new Map<ScreeningItemId, ScreeningOutcome>(
  SCREENING_ITEMS.map(({ id, outcome }) => [id, outcome]),
);

/**
 * The verdict once the answers decide it, else null: when every asked item is answered, or
 * earlier when no answer still missing could change the decision (a "yes" that already means
 * defer). No answer is never taken for "no".
 */
export function screeningVerdict(
  answers: Readonly<Record<string, boolean>>,
  vitals: Vitals,
  asked: readonly ScreeningItemId[],
): ScreeningResult | null {
  const given = Object.fromEntries(
    asked.filter((id) => id in answers).map((id) => [id, answers[id]!]),
  );
  const result = screeningOutcome(given, vitals);
  const missing = unansweredItems(answers, asked);
  if (missing.length === 0) return result;
  const decision = suggestedDecision(result.outcome);
  const settled = missing.every((id) => {
    const worse =
      rank(OUTCOME_OF.get(id)!) < rank(result.outcome) ? OUTCOME_OF.get(id)! : result.outcome;
    return suggestedDecision(worse) === decision;
  });
  return result.reasons.length > 0 && settled ? result : null;
}
