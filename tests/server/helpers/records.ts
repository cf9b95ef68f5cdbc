// Valid records for push tests. Each call gets a fresh UUIDv7; overrides replace top-level fields.
import { v7 as uuidv7 } from 'uuid';
import type {
  CheckinRecord,
  CorrectionRecord,
  InjectionRecord,
  ObservationRecord,
  ScreeningRecord,
  VaxRecord,
} from '../../../src/domain/records';
import { isoWithOffset } from '../../../src/domain/time';

const DAY = '2026-11-23';
const CITIZEN_ID = '001085123456'; // Hà Nội, male, born 1985

/** `time` on the day of the visit the overrides name (else DAY): a record's time must agree. */
const onVisitDay = (overrides: { visitKey?: string }, time: string) =>
  `${overrides.visitKey?.split(':')[1] ?? DAY}T${time}+07:00`;

export function checkinRecord(
  siteId: string,
  staffId: string,
  overrides: Partial<CheckinRecord> = {},
): CheckinRecord {
  return {
    id: uuidv7(),
    type: 'checkin',
    siteId,
    staffId,
    visitKey: `${siteId}:${DAY}:${CITIZEN_ID}`,
    occurredAt: onVisitDay(overrides, '09:15:02.123'),
    data: {
      method: 'cccd-qr',
      citizen: { id: CITIZEN_ID, fullName: 'Nguyễn Văn An', dob: '1985-04-12', sex: 'M' },
    },
    ...overrides,
  };
}

export function injectionRecord(
  siteId: string,
  staffId: string,
  overrides: Partial<InjectionRecord> = {},
): InjectionRecord {
  return {
    id: uuidv7(),
    type: 'injection',
    siteId,
    staffId,
    visitKey: `${siteId}:${DAY}:${CITIZEN_ID}`,
    occurredAt: onVisitDay(overrides, '09:40:00.000'),
    data: { vaccine: 'PF', lot: 'FK1234', doseNumber: 1, doseKind: 'primary', arm: 'left' },
    ...overrides,
  };
}

/** `count` check-in records for the site, all valid and distinct. */
export function checkinBatch(siteId: string, staffId: string, count: number): VaxRecord[] {
  return Array.from({ length: count }, () => checkinRecord(siteId, staffId));
}

export function screeningRecord(
  siteId: string,
  staffId: string,
  overrides: Partial<ScreeningRecord> = {},
): ScreeningRecord {
  return {
    id: uuidv7(),
    type: 'screening',
    siteId,
    staffId,
    visitKey: `${siteId}:${DAY}:${CITIZEN_ID}`,
    occurredAt: onVisitDay(overrides, '09:25:00.000'),
    data: { answers: { acuteIllness: false }, outcome: 'eligible', decision: 'proceed' },
    ...overrides,
  };
}

export function observationRecord(
  siteId: string,
  staffId: string,
  overrides: Partial<ObservationRecord> = {},
): ObservationRecord {
  return {
    id: uuidv7(),
    type: 'observation',
    siteId,
    staffId,
    visitKey: `${siteId}:${DAY}:${CITIZEN_ID}`,
    occurredAt: onVisitDay(overrides, '10:10:00.000'),
    data: { releasedAt: `${DAY}T10:10:00.000+07:00`, reactions: [], referred: false },
    ...overrides,
  };
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
    id: uuidv7(),
    type: 'correction',
    siteId: target.siteId,
    staffId,
    visitKey: target.visitKey,
    occurredAt: isoWithOffset(at, 7 * 60),
    data: { targetId: target.id, changes, reason: 'typed wrong' },
    ...overrides,
  };
}
