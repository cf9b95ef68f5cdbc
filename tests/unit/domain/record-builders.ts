// Typed records for the domain functions that take records (corrections, day summary, vials…).
import type { VaxRecord } from '../../../src/domain/records';
import { ADULT_ID, DAY, SITE } from './record-samples';

/** A valid UUID (version 7 layout) numbered `n`, so tests can name records and vials. */
export const uuid = (n: number): string =>
  `01a208cd-7ed8-7133-b4e2-${n.toString(16).padStart(12, '0')}`;

/** A typed record of `type` for domain functions; `at` is a local time HH:MM on DAY. */
export function typed<T extends VaxRecord['type']>(
  type: T,
  data: Extract<VaxRecord, { type: T }>['data'],
  opts: { n: number; citizenKey?: string; at?: string; staffId?: string; day?: string },
): Extract<VaxRecord, { type: T }> {
  const day = opts.day ?? DAY;
  return {
    id: uuid(opts.n),
    type,
    siteId: SITE,
    staffId: opts.staffId ?? 'staff-nurse-1',
    visitKey: `${SITE}:${day}:${opts.citizenKey ?? ADULT_ID}`,
    occurredAt: `${day}T${opts.at ?? '09:15'}:00.000+07:00`,
    data,
  } as Extract<VaxRecord, { type: T }>;
}
