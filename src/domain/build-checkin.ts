// Turns what the volunteer confirmed into a check-in record (pure, so it is unit-tested).
import type { ScannedIdentity } from './checkin-method';
import { newId } from './ids';
import type { CheckinMethod, CheckinRecord, Citizen, PriorDose } from './records';
import { isoWithOffset, localDateOf } from './time';
import { makeVisitKey } from './visit-key';

export interface CheckinInput {
  siteId: string;
  staffId: string;
  citizen: Citizen;
  registrationId?: string;
  /** The citizen a scanned code identified, and how; absent when typed. */
  scanned?: ScannedIdentity;
  /** Doses stated by a certificate verified at the desk. */
  priorDoses?: PriorDose[];
  now: Date;
}

/** A scan's method holds only for the citizen it read: an ID changed at the desk was typed. */
const methodOf = (citizen: Citizen, scanned: CheckinInput['scanned']): CheckinMethod =>
  scanned !== undefined && citizen.id === scanned.citizenId ? scanned.method : 'manual';

export function buildCheckin({
  siteId,
  staffId,
  citizen,
  registrationId,
  scanned,
  priorDoses,
  now,
}: CheckinInput): CheckinRecord {
  const occurredAt = isoWithOffset(now);
  const id = newId();
  return {
    id,
    type: 'checkin',
    siteId,
    staffId,
    // Without an ID number the visit is keyed by a provisional id (docs/architecture.md §3).
    visitKey: makeVisitKey(siteId, localDateOf(occurredAt), citizen.id ?? id),
    occurredAt,
    data: {
      method: methodOf(citizen, scanned),
      ...(registrationId === undefined ? {} : { registrationId }),
      citizen,
      ...(priorDoses === undefined || priorDoses.length === 0 ? {} : { priorDoses }),
    },
  };
}
