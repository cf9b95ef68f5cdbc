// A visit as the stations see it: every record of it from every tablet merged by visitKey,
// corrections applied (a voided record counts for nothing but its history).
import type { VisitView } from './contracts';
import { countedRecords } from '../domain/corrections';
import type { VaxRecord } from '../domain/records';
import { visitStage } from '../domain/visit-stage';

type Latest<T extends VaxRecord['type']> = Extract<VaxRecord, { type: T }> | undefined;

function latest<T extends VaxRecord['type']>(records: readonly VaxRecord[], type: T): Latest<T> {
  return records
    .filter((r): r is Extract<VaxRecord, { type: T }> => r.type === type)
    .reduce<Latest<T>>(
      (best, r) => (!best || r.occurredAt > best.occurredAt ? r : best),
      undefined,
    );
}

/** Visits (with a check-in) among records of one or more visits, newest check-in first. */
export function toVisits(records: readonly VaxRecord[]): VisitView[] {
  const byVisit = new Map<string, VaxRecord[]>();
  for (const record of countedRecords(records)) {
    byVisit.set(record.visitKey, [...(byVisit.get(record.visitKey) ?? []), record]);
  }
  const visits: VisitView[] = [];
  for (const [visitKey, list] of byVisit) {
    const checkin = latest(list, 'checkin');
    if (checkin === undefined) continue;
    const [screening, injection, observation] = [
      latest(list, 'screening'),
      latest(list, 'injection'),
      latest(list, 'observation'),
    ];
    visits.push({
      visitKey,
      checkin,
      stage: visitStage(list),
      ...(screening && { screening }),
      ...(injection && { injection }),
      ...(observation && { observation }),
    });
  }
  return visits.sort((a, b) => b.checkin.occurredAt.localeCompare(a.checkin.occurredAt));
}

/** When the visit's latest step so far was made (ISO time with offset). */
export function lastStepAt(visit: VisitView): string {
  const steps = [visit.checkin, visit.screening, visit.injection, visit.observation];
  return steps.reduce<string>(
    (last, r) => (r && Date.parse(r.occurredAt) > Date.parse(last) ? r.occurredAt : last),
    visit.checkin.occurredAt,
  );
}
