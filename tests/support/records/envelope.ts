// The envelope every test record is built on (id, type, site, staff, visit, time), with the
// defaults all test records share.
import { makeCitizenId } from '../../../src/domain/citizen-id';
import { newId } from '../../../src/domain/ids';
import type { VaxRecord } from '../../../src/domain/records';
import { makeVisitKey } from '../../../src/domain/visit-key';

export const SITE = 'demo-site';
export const DAY = '2026-11-23';
export const AT = `${DAY}T09:15:02.123+07:00`;
export const ADULT_ID = makeCitizenId('079', 'F', 1990, '123456');

export type Type = VaxRecord['type'];
export type RecordOf<T extends Type> = Extract<VaxRecord, { type: T }>;

/** Where and when a record was made; every field has a default. */
export interface Place {
  id?: string;
  siteId?: string;
  staffId?: string;
  /** The citizen's ID number, or a provisional UUID. */
  citizenKey?: string;
  day?: string;
  /** Local time (UTC+7) on `day`, HH:MM:SS.mmm. */
  time?: string;
}

/** The envelope of a record of `type`, loosely typed (samples break it on purpose). */
export function envelope(type: string, p: Place = {}) {
  const siteId = p.siteId ?? SITE;
  const day = p.day ?? DAY;
  return {
    id: p.id ?? newId(),
    type,
    siteId,
    staffId: p.staffId ?? 'staff-nurse-1',
    visitKey: makeVisitKey(siteId, day, p.citizenKey ?? ADULT_ID),
    occurredAt: `${day}T${p.time ?? '09:15:02.123'}+07:00`,
  };
}

/** A typed record of `type` carrying `data`. */
export const record = <T extends Type>(type: T, data: RecordOf<T>['data'], p: Place = {}) =>
  ({ ...envelope(type, p), data }) as RecordOf<T>;

/** A valid UUID (version 7 layout) numbered `n`, so tests can name records and vials. */
export const uuid = (n: number): string =>
  `01a208cd-7ed8-7133-b4e2-${n.toString(16).padStart(12, '0')}`;
