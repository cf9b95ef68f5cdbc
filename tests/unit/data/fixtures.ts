// Valid records and a fresh database per test, for the data and sync tests.
import { openDb, type VaxDb } from '../../../src/data/db';
import type { Registration } from '../../../src/domain/protocol';
import type { CheckinRecord } from '../../../src/domain/records';
import { makeCitizenId } from '../../../src/domain/citizen-id';
import { newId } from '../../../src/domain/ids';
import { makeVisitKey } from '../../../src/domain/visit-key';

export const SITE = 'demo-site';

export function freshDb(): VaxDb {
  return openDb(`test-${newId()}`);
}

/** A valid check-in of a distinct adult; `serial` varies the ID number (0…999999). */
export function checkin(serial = 1, occurredAt = '2026-11-23T09:15:02.123+07:00'): CheckinRecord {
  const citizenId = makeCitizenId('079', 'F', 1990, String(serial).padStart(6, '0'));
  return {
    id: newId(),
    type: 'checkin',
    siteId: SITE,
    staffId: 'staff-volunteer-1',
    visitKey: makeVisitKey(SITE, occurredAt.slice(0, 10), citizenId),
    occurredAt,
    data: {
      method: 'cccd-qr',
      citizen: { id: citizenId, fullName: 'Nguyễn Thị Lan', dob: '1990-05-01', sex: 'F' },
    },
  };
}

export function registration(serial: number, sessionDate = '2026-11-23'): Registration {
  const citizenId = makeCitizenId('001', 'M', 1985, String(serial).padStart(6, '0'));
  return {
    id: `reg-${serial}`,
    code: `R${serial}`,
    sessionDate,
    priorityGroup: '3',
    citizen: { id: citizenId, fullName: 'Trần Văn Nam', dob: '1985-02-03', sex: 'M' },
    previousDoses: [],
  };
}
