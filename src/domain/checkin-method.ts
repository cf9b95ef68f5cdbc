// How a check-in knew who the citizen is (docs/architecture.md §3 `method`): read from a code, or
// typed. Only an identity read from a card or QR proves the citizen stood at the desk
// (docs/architecture.md §10), which is what lets the site receive their dose history from other
// sites.
import type { CheckinMethod, VaxRecord } from './records';

const READ_FROM_CODE: readonly CheckinMethod[] = ['cccd-qr', 'personal-qr', 'registration-qr'];

/** The scans that identify a citizen, and the check-in method each stands for. */
export const SCAN_METHODS = {
  cccd: 'cccd-qr',
  personal: 'personal-qr',
  registration: 'registration-qr',
} as const satisfies Record<string, CheckinMethod>;

/** What a check-in keeps of the scan that identified its citizen (undefined: no ID on file). */
export interface ScannedIdentity {
  method: CheckinMethod;
  citizenId: string | undefined;
}

/** The ID number a check-in read from a card or QR; undefined when typed or absent. */
export function scannedCitizenId(record: VaxRecord): string | undefined {
  if (record.type !== 'checkin' || !READ_FROM_CODE.includes(record.data.method)) return undefined;
  return record.data.citizen.id;
}
