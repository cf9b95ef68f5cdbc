// End-of-day figures for one site and day, from that day's records with corrections
// applied and voided records left out. The tablet computes them from what it holds, the server from what it received: the
// same function, so after a full sync both show the same numbers.
import { countedRecords } from './corrections';
import type { ScreeningData, VaxRecord } from './records';
import type { ScreeningOutcome } from './screening';
import { lotUse, vialsOf, type LotUse } from './vials';

export interface DaySummary {
  /** Visits with a check-in. */
  checkedIn: number;
  /** Visits by the outcome of their latest screening. */
  screened: Record<ScreeningOutcome, number>;
  /** Doses given, by vaccine and dose number, sorted. */
  injected: { vaccine: string; doseNumber: number; count: number }[];
  released: number;
  reactions: { mild: number; moderate: number; severe: number; referred: number };
  lots: LotUse[];
}

type Latest<T> = Map<string, T>;
function keepLatest<T extends VaxRecord>(map: Latest<T>, r: T): void {
  const had = map.get(r.visitKey);
  if (had === undefined || r.occurredAt > had.occurredAt) map.set(r.visitKey, r);
}

/** The figures at `nowMs`: doses left in a vial that has not expired yet are not waste. */
export function daySummary(records: readonly VaxRecord[], nowMs: number): DaySummary {
  const checkins = new Set<string>();
  const screenings: Latest<VaxRecord & { data: ScreeningData }> = new Map();
  const released = new Set<string>();
  const doses = new Map<string, { vaccine: string; doseNumber: number; count: number }>();
  const reactions = { mild: 0, moderate: 0, severe: 0, referred: 0 };
  const injections = [];
  for (const r of countedRecords(records)) {
    if (r.type === 'checkin') checkins.add(r.visitKey);
    else if (r.type === 'screening') keepLatest(screenings, r);
    else if (r.type === 'injection') {
      injections.push(r);
      const key = `${r.data.vaccine}|${r.data.doseNumber}`;
      const row = doses.get(key) ?? {
        vaccine: r.data.vaccine,
        doseNumber: r.data.doseNumber,
        count: 0,
      };
      row.count += 1;
      doses.set(key, row);
    } else if (r.type === 'observation') {
      released.add(r.visitKey);
      for (const reaction of r.data.reactions) reactions[reaction.severity] += 1;
      if (r.data.referred) reactions.referred += 1;
    }
  }
  const screened = { eligible: 0, postpone: 0, contraindicated: 0, refer: 0, caution: 0 };
  for (const s of screenings.values()) screened[s.data.outcome] += 1;
  return {
    checkedIn: checkins.size,
    screened,
    injected: [...doses.values()].sort(
      (a, b) => a.vaccine.localeCompare(b.vaccine) || a.doseNumber - b.doseNumber,
    ),
    released: released.size,
    reactions,
    lots: lotUse(vialsOf(injections), nowMs),
  };
}
