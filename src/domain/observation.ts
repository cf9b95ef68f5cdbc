// The 30-minute observation after an injection, and the reactions recorded there (issues 4, 17).
// Anaphylaxis is always severe and is graded by the Brighton Collaboration's levels of diagnostic
// certainty, never mild; a serious reaction records what was done and when.
import type { ObservationData, Reaction } from './records';

export const OBSERVATION_MINUTES = 30;

export type Severity = Reaction['severity'];
export type BrightonLevel = NonNullable<Reaction['brighton']>;

export const SEVERITIES: readonly Severity[] = ['mild', 'moderate', 'severe'];
export const BRIGHTON_LEVELS: readonly BrightonLevel[] = [1, 2, 3];

/** Common reactions after COVID-19 vaccines, plus anaphylaxis, which is always severe. */
export const REACTIONS = [
  'injection-site-pain',
  'fever',
  'headache',
  'fatigue',
  'muscle-pain',
  'nausea',
  'dizziness',
  'rash',
  'breathing-difficulty',
  'chest-pain',
  'anaphylaxis',
  'other',
] as const;

export type ReactionCode = (typeof REACTIONS)[number];

/** What may be done for a serious reaction (the Ministry's anaphylaxis protocol, TT 51/2017). */
export const TREATMENTS = [
  'adrenaline-im',
  'oxygen',
  'iv-fluids',
  'antihistamine',
  'corticosteroid',
  'bronchodilator',
  'hospital-transfer',
] as const;

export type TreatmentCode = (typeof TREATMENTS)[number];

export function observationEndsAtMs(injectedAt: string): number {
  return Date.parse(injectedAt) + OBSERVATION_MINUTES * 60_000;
}

/** Seconds left (negative once the time is up). */
export function secondsLeft(injectedAt: string, nowMs: number): number {
  return Math.ceil((observationEndsAtMs(injectedAt) - nowMs) / 1000);
}

/** Anaphylaxis or a severe reaction: referral and a record of the treatment are needed. */
export function isSerious(reaction: Pick<Reaction, 'code' | 'severity'>): boolean {
  return reaction.severity === 'severe' || reaction.code === 'anaphylaxis';
}

/** A severe reaction (or anaphylaxis at any grade) means the person must be referred. */
export function needsReferral(reactions: ObservationData['reactions']): boolean {
  return reactions.some(isSerious);
}

export type ReactionProblem =
  | 'anaphylaxis-not-severe'
  | 'brighton-missing'
  | 'brighton-not-anaphylaxis'
  | 'treatment-missing'
  | 'treatment-empty';

/**
 * What is wrong with a reaction as the tablet records it now. The server is laxer (see
 * record-shapes.ts): older records have no Brighton level and no treatment.
 */
export function reactionProblems(reaction: Reaction): ReactionProblem[] {
  const problems: ReactionProblem[] = [];
  const anaphylaxis = reaction.code === 'anaphylaxis';
  if (anaphylaxis && reaction.severity !== 'severe') problems.push('anaphylaxis-not-severe');
  if (anaphylaxis && reaction.brighton === undefined) problems.push('brighton-missing');
  if (!anaphylaxis && reaction.brighton !== undefined) problems.push('brighton-not-anaphylaxis');
  const { treatment } = reaction;
  if (isSerious(reaction) && treatment === undefined) problems.push('treatment-missing');
  if (treatment !== undefined && treatment.actions.length === 0 && !treatment.note?.trim()) {
    problems.push('treatment-empty');
  }
  return problems;
}
