// Whose dose an injection is: the ID number in its visit key, or, for a visit keyed by a
// provisional id, the one its check-in recorded (the latest check-in of the visit with an ID).
import { citizenIdOfVisit } from '../../../../src/domain/dose-history';
import type { CheckinRecord, InjectionRecord } from '../../../../src/domain/records';
import type { DbHandle } from '../../store/db-handle';
import { recordsRepo } from '../repos/records';

/** Citizen ID by injection record id; injections of visits with no known ID are left out. */
export async function citizensOfInjections(
  tx: DbHandle,
  injections: readonly InjectionRecord[],
): Promise<Map<string, string>> {
  const provisional = injections
    .filter((r) => citizenIdOfVisit(r.visitKey) === undefined)
    .map((r) => r.visitKey);
  const checkinOf = new Map<string, CheckinRecord>();
  if (provisional.length > 0) {
    for (const body of await recordsRepo(tx).checkinsOfVisits(provisional)) {
      const checkin = JSON.parse(body) as CheckinRecord;
      if (citizenIdOfVisit(checkin.visitKey, checkin) === undefined) continue;
      const had = checkinOf.get(checkin.visitKey);
      if (had === undefined || checkin.occurredAt > had.occurredAt) {
        checkinOf.set(checkin.visitKey, checkin);
      }
    }
  }
  const citizens = new Map<string, string>();
  for (const r of injections) {
    const citizenId = citizenIdOfVisit(r.visitKey, checkinOf.get(r.visitKey));
    if (citizenId !== undefined) citizens.set(r.id, citizenId);
  }
  return citizens;
}
