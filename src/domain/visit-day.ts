// A visit belongs to the date it was checked in (its key says so), but people do not leave at
// midnight: someone injected at 23:50 is watched until 00:20. A visit still under way when the
// date turns stays on the stations' lists for as long as a visit can last; one left open longer
// is a loose end of an earlier day (the day report shows it), not someone waiting.
import { addDays, type LocalDate } from './local-date';
import type { VisitStage } from './visit-stage';

/** Longer than a visit lasts: the queue, screening, the injection and a reaction watched. */
export const CARRY_OVER_MS = 6 * 3_600_000;

const UNDER_WAY: ReadonlySet<VisitStage> = new Set([
  'waiting-screening',
  'waiting-injection',
  'in-observation',
]);

/** The dates whose visits may be on today's lists: the day before (carried over), then today. */
export const datesOnToday = (today: LocalDate): [LocalDate, LocalDate] => [
  addDays(today, -1),
  today,
];

/**
 * Whether a visit of the day before still belongs on today's lists: it is waiting for a station
 * or in observation, and its last step (ISO time with offset) was within CARRY_OVER_MS of now.
 */
export function carriesOver(stage: VisitStage, lastStepAt: string, nowMs: number): boolean {
  return UNDER_WAY.has(stage) && nowMs - Date.parse(lastStepAt) < CARRY_OVER_MS;
}
