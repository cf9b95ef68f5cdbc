// Whose dose an injection is: the ID number its visit's check-in now records (corrections applied:
// an ID typed wrong and corrected, or attached from the population registry to a child recorded
// without one, moves the visit's doses there), else the one in its visit key.
import { countedRecords } from '../../../../src/domain/corrections';
import { citizenIdOfVisit } from '../../../../src/domain/dose-history';
import { isIdNumber } from '../../../../src/domain/citizen-id';
import type { CheckinRecord, InjectionRecord, VaxRecord } from '../../../../src/domain/records';
import type { DbHandle } from '../../store/db-handle';
import { recordsRepo } from '../repos/records';

/** Each visit's latest check-in, as it now stands. */
async function currentCheckins(
  tx: DbHandle,
  visitKeys: readonly string[],
): Promise<Map<string, CheckinRecord>> {
  return checkinsAsTheyStand(tx, await recordsRepo(tx).checkinsOfVisits(visitKeys));
}

/** The latest of these check-ins of each visit, corrections applied; voided ones left out. */
export async function checkinsAsTheyStand(
  tx: DbHandle,
  bodies: readonly string[],
): Promise<Map<string, CheckinRecord>> {
  const checkins = bodies.map((b) => JSON.parse(b) as VaxRecord);
  const corrections = checkins.length
    ? await recordsRepo(tx).correctionsOf(checkins.map((c) => c.id))
    : [];
  const latest = new Map<string, CheckinRecord>();
  for (const r of countedRecords([...checkins, ...corrections.map((b) => JSON.parse(b))])) {
    if (r.type !== 'checkin') continue;
    const had = latest.get(r.visitKey);
    if (had === undefined || r.occurredAt > had.occurredAt) latest.set(r.visitKey, r);
  }
  return latest;
}

/** Citizen ID by injection record id; injections of visits with no known ID are left out. */
export async function citizensOfInjections(
  tx: DbHandle,
  injections: readonly InjectionRecord[],
): Promise<Map<string, string>> {
  const checkinOf = await currentCheckins(
    tx,
    injections.map((r) => r.visitKey),
  );
  const citizens = new Map<string, string>();
  for (const r of injections) {
    const recorded = checkinOf.get(r.visitKey)?.data.citizen.id;
    const citizenId =
      recorded !== undefined && isIdNumber(recorded) ? recorded : citizenIdOfVisit(r.visitKey);
    if (citizenId !== undefined) citizens.set(r.id, citizenId);
  }
  return citizens;
}
