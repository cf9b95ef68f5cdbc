// How a check-in knew who the citizen is (DESIGN §3 `method`): read from a code, or typed. Only an
// identity read from a card or QR proves the citizen stood at the desk (DESIGN §10), which is what
// lets the site receive their dose history from other sites.
import type { ScanResult } from './qr/scan';
import type { CheckinMethod, VaxRecord } from './records';

const READ_FROM_CODE: readonly CheckinMethod[] = ['cccd-qr', 'personal-qr', 'registration-qr'];

/** The method of a check-in of the citizen a scan identified; undefined for scans that did not. */
export function methodOfScan(kind: ScanResult['kind']): CheckinMethod | undefined {
  switch (kind) {
    case 'cccd':
      return 'cccd-qr';
    case 'personal':
      return 'personal-qr';
    case 'registration':
      return 'registration-qr';
    default:
      return undefined;
  }
}

/** The ID number a check-in read from a card or QR; undefined when typed or absent. */
export function scannedCitizenId(record: VaxRecord): string | undefined {
  if (record.type !== 'checkin' || !READ_FROM_CODE.includes(record.data.method)) return undefined;
  return record.data.citizen.id;
}
