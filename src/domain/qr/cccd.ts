// The QR on the chip ID card (CCCD), docs/protocol.md:
//   ID12|oldID9 (may be empty)|Full name|DOB ddMMyyyy|Nam/Nữ|Permanent address|Issue date ddMMyyyy
// Cards in the field also carry a 6-field variant without the old ID, and readers may add a BOM,
// line breaks or extra trailing fields.
import { checkCitizenId } from '../citizen-id';
import type { FieldError, Sex } from '../records';
import { dmyToIso } from './text';

export interface CccdCitizen {
  id: string;
  oldId?: string;
  fullName: string;
  dob: string;
  sex: Sex;
  address?: string;
  issueDate?: string;
}

export type CccdParse =
  | { ok: true; citizen: CccdCitizen; warnings: FieldError[] }
  | { ok: false; reason: 'not-cccd' | 'bad-id' | 'bad-dob' | 'bad-sex' | 'no-name' };

function sexOf(word: string): Sex | null {
  const w = word.trim().normalize('NFC').toLowerCase();
  if (w === 'nam' || w === 'male') return 'M';
  if (w === 'nữ' || w === 'nu' || w === 'female') return 'F';
  return null;
}

/** `text` already cleaned (cleanScanText). */
export function parseCccd(text: string): CccdParse {
  const fields = text.split('|').map((f) => f.trim());
  if (fields.length < 6 || !/^\d{12}$/.test(fields[0] ?? ''))
    return { ok: false, reason: 'not-cccd' };
  // The 6-field variant has no old-ID field: the second field is then the name, not digits.
  const hasOldId = fields.length >= 7 && /^(\d{9})?$/.test(fields[1] ?? '');
  const [
    id = '',
    oldId = '',
    fullName = '',
    dobText = '',
    sexText = '',
    address = '',
    issued = '',
  ] = hasOldId ? fields : [fields[0], '', ...fields.slice(1)];
  const check = checkCitizenId(id);
  if (check.kind !== 'cccd12' || check.errors.length > 0) return { ok: false, reason: 'bad-id' };
  if (fullName === '') return { ok: false, reason: 'no-name' };
  const dob = dmyToIso(dobText);
  if (dob === null) return { ok: false, reason: 'bad-dob' };
  const sex = sexOf(sexText);
  if (sex === null) return { ok: false, reason: 'bad-sex' };

  const citizen: CccdCitizen = { id, fullName: fullName.replace(/\s+/g, ' '), dob, sex };
  if (oldId !== '') citizen.oldId = oldId;
  if (address !== '') citizen.address = address;
  const issueDate = dmyToIso(issued);
  if (issueDate !== null) citizen.issueDate = issueDate;
  return { ok: true, citizen, warnings: checkCitizenId(id, { dob, sex }).warnings };
}
