// What a scanned QR is, for the check-in desk. Never throws; scanned text is data, shown as text.
import type { FieldError } from '../records';
import { parseCccd, type CccdCitizen } from './cccd';
import { parsePersonal } from './personal';
import { parseRegistrationQr } from './registration';
import { cleanScanText, shownText } from './text';

export type ScanResult =
  | { kind: 'cccd'; citizen: CccdCitizen; warnings: FieldError[] }
  | { kind: 'personal'; id: string; fullNameAscii: string; dob: string }
  | { kind: 'personal-masked' }
  | { kind: 'registration'; siteId: string; code: string }
  | { kind: 'registration-damaged' }
  /** An EU DCC (`HC1:` text): recognised here by its prefix alone; the verifier reads the rest. */
  | { kind: 'dcc'; text: string }
  | { kind: 'unknown'; shown: string; reason: 'empty' | 'cccd-invalid' | 'unrecognised' };

const MAX_SCAN_LENGTH = 4096;
/** A QR holds at most 4,296 alphanumeric characters; a longer "HC1:" text is refused by the
 * verifier, so a little more is kept than any real certificate has, never an unbounded text. */
const MAX_HC1_SCAN_LENGTH = 4400;
const HC1 = /^HC1:/;

export function parseScan(raw: string): ScanResult {
  const hc1 = typeof raw === 'string' ? cleanScanText(raw.slice(0, MAX_HC1_SCAN_LENGTH)) : '';
  if (HC1.test(hc1)) return { kind: 'dcc', text: hc1 };
  const text = cleanScanText(typeof raw === 'string' ? raw.slice(0, MAX_SCAN_LENGTH) : '');
  if (text.trim() === '') return { kind: 'unknown', shown: '', reason: 'empty' };

  const registration = parseRegistrationQr(text);
  if (registration.ok) {
    return { kind: 'registration', siteId: registration.siteId, code: registration.code };
  }
  if (registration.reason === 'bad-check') return { kind: 'registration-damaged' };

  const cccd = parseCccd(text);
  if (cccd.ok) return { kind: 'cccd', citizen: cccd.citizen, warnings: cccd.warnings };

  const personal = parsePersonal(text);
  if (personal.ok) {
    return {
      kind: 'personal',
      id: personal.id,
      fullNameAscii: personal.fullNameAscii,
      dob: personal.dob,
    };
  }
  if (personal.reason === 'masked') return { kind: 'personal-masked' };

  // Twelve digits and bars but not a readable card: say so rather than "unknown code".
  const reason = cccd.reason === 'not-cccd' ? 'unrecognised' : 'cccd-invalid';
  return { kind: 'unknown', shown: shownText(text), reason };
}
