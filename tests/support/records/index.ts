// The one record factory of the tests (unit, server, bench): valid records of every type on one
// envelope, so a change to the record model is made here once. Three ways in, for three kinds of
// test: `samples` (fixed ids and full data, loosely typed so validator tests can break them),
// `typed` (numbered, typed records for domain functions) and the `…Record(siteId, staffId,
// overrides)` family (fresh UUIDv7 ids, for pushes to a server).
import { makeCitizenId } from '../../../src/domain/citizen-id';
import type { Registration } from '../../../src/domain/protocol';
import type {
  CheckinRecord,
  CorrectionRecord,
  InjectionRecord,
  ObservationRecord,
  ScreeningRecord,
  VaxRecord,
} from '../../../src/domain/records';
import { isoWithOffset } from '../../../src/domain/time';
import { AT, DAY, record, uuid, type Place, type RecordOf, type Type } from './envelope';

/** A typed record for domain functions, numbered `n`; `at` is a local time HH:MM. */
export function typed<T extends Type>(
  type: T,
  data: RecordOf<T>['data'],
  opts: { n: number; citizenKey?: string; at?: string; staffId?: string; day?: string },
): RecordOf<T> {
  const { n, at = '09:15', ...place } = opts;
  return record(type, data, { ...place, id: uuid(n), time: `${at}:00.000` });
}

/** A valid check-in of a distinct adult; `serial` varies the ID number (0…999999). */
export function numberedCheckin(serial = 1, occurredAt = AT, place: Place = {}): CheckinRecord {
  const citizenId = makeCitizenId('079', 'F', 1990, String(serial).padStart(6, '0'));
  const at = { day: occurredAt.slice(0, 10), time: occurredAt.slice(11, 23) };
  const citizen = {
    id: citizenId,
    fullName: 'Nguyễn Thị Lan',
    dob: '1990-05-01',
    sex: 'F' as const,
  };
  return record(
    'checkin',
    { method: 'cccd-qr', citizen },
    { staffId: 'staff-volunteer-1', ...place, ...at, citizenKey: citizenId },
  );
}

export function registration(serial: number, sessionDate = DAY): Registration {
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

// For pushes: one adult (Hà Nội, male, born 1985) on DAY unless the overrides name another visit.
const PUSH_CITIZEN_ID = '001085123456';

function pushed<T extends Type>(
  type: T,
  data: RecordOf<T>['data'],
  time: string,
  siteId: string,
  staffId: string,
  overrides: Partial<RecordOf<T>>,
): RecordOf<T> {
  // A record's time must agree with its visit's day.
  const day = overrides.visitKey?.split(':')[1] ?? DAY;
  const place = { siteId, staffId, day, time, citizenKey: PUSH_CITIZEN_ID };
  return { ...record(type, data, place), ...overrides };
}

export const checkinRecord = (s: string, st: string, o: Partial<CheckinRecord> = {}) =>
  pushed(
    'checkin',
    {
      method: 'cccd-qr',
      citizen: { id: PUSH_CITIZEN_ID, fullName: 'Nguyễn Văn An', dob: '1985-04-12', sex: 'M' },
    },
    '09:15:02.123',
    s,
    st,
    o,
  );

export const screeningRecord = (s: string, st: string, o: Partial<ScreeningRecord> = {}) =>
  pushed(
    'screening',
    { answers: { acuteIllness: false }, outcome: 'eligible', decision: 'proceed' },
    '09:25:00.000',
    s,
    st,
    o,
  );

export const injectionRecord = (s: string, st: string, o: Partial<InjectionRecord> = {}) =>
  pushed(
    'injection',
    { vaccine: 'PF', lot: 'FK1234', doseNumber: 1, doseKind: 'primary', arm: 'left' },
    '09:40:00.000',
    s,
    st,
    o,
  );

export const observationRecord = (s: string, st: string, o: Partial<ObservationRecord> = {}) =>
  pushed(
    'observation',
    { releasedAt: `${DAY}T10:10:00.000+07:00`, reactions: [], referred: false },
    '10:10:00.000',
    s,
    st,
    o,
  );

/** `count` check-in records for the site, all valid and distinct. */
export function checkinBatch(siteId: string, staffId: string, count: number): VaxRecord[] {
  return Array.from({ length: count }, () => checkinRecord(siteId, staffId));
}

/** A correction of `target`, in the target's visit, made a minute after it. */
export function correctionRecord(
  target: VaxRecord,
  staffId: string,
  changes: Record<string, unknown>,
  overrides: Partial<CorrectionRecord> = {},
): CorrectionRecord {
  const at = new Date(Date.parse(target.occurredAt) + 60_000);
  return {
    ...record('correction', { targetId: target.id, changes, reason: 'typed wrong' }, { staffId }),
    siteId: target.siteId,
    visitKey: target.visitKey,
    occurredAt: isoWithOffset(at, 7 * 60),
    ...overrides,
  };
}

export * as samples from './samples';
export { ADULT_ID, AT, DAY, record, SITE, uuid, type Place } from './envelope';
