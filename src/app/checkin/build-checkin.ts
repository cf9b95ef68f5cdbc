// Turns what the volunteer confirmed into a check-in record (pure, so it is unit-tested).
import { newId } from '../../domain/ids';
import type { CheckinRecord, Citizen } from '../../domain/records';
import { isoWithOffset, localDateOf } from '../../domain/time';
import { makeVisitKey } from '../../domain/visit-key';

export interface CheckinInput {
  siteId: string;
  staffId: string;
  citizen: Citizen;
  registrationId?: string;
  now: Date;
}

export function buildCheckin({
  siteId,
  staffId,
  citizen,
  registrationId,
  now,
}: CheckinInput): CheckinRecord {
  const occurredAt = isoWithOffset(now);
  const id = newId();
  return {
    id,
    type: 'checkin',
    siteId,
    staffId,
    // Without an ID number the visit is keyed by a provisional id (DESIGN §3).
    visitKey: makeVisitKey(siteId, localDateOf(occurredAt), citizen.id ?? id),
    occurredAt,
    data: {
      method: 'manual',
      ...(registrationId === undefined ? {} : { registrationId }),
      citizen,
    },
  };
}
