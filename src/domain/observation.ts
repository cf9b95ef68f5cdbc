// The 30-minute observation after an injection, and the reactions recorded there (issue 4).
import type { ObservationData } from './records';

export const OBSERVATION_MINUTES = 30;

export type Severity = ObservationData['reactions'][number]['severity'];

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

export function observationEndsAtMs(injectedAt: string): number {
  return Date.parse(injectedAt) + OBSERVATION_MINUTES * 60_000;
}

/** Seconds left (negative once the time is up). */
export function secondsLeft(injectedAt: string, nowMs: number): number {
  return Math.ceil((observationEndsAtMs(injectedAt) - nowMs) / 1000);
}

/** A severe reaction (or anaphylaxis at any grade) means the person must be referred. */
export function needsReferral(reactions: ObservationData['reactions']): boolean {
  return reactions.some((r) => r.severity === 'severe' || r.code === 'anaphylaxis');
}
