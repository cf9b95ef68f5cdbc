// Validation of a walk-in typed at the desk: blocking errors and warnings to confirm past.
import { isMinor } from '../../domain/age';
import { checkCitizenId } from '../../domain/citizen-id';
import { normalizePhone } from '../../domain/phone';
import type { Citizen, Sex } from '../../domain/records';
import { bornAfter, readBirthDate } from '../../domain/birth-date';
import type { MessageKey } from '../../i18n/i18n';

export interface WalkInDraft {
  id: string;
  fullName: string;
  dob: string;
  sex: Sex | '';
  phone: string;
  /** From the ID card's QR; not typed at the desk. */
  address?: string;
  guardianName: string;
  guardianPhone: string;
}

export type WalkInField = keyof WalkInDraft;

export type WalkInCheck =
  | { ok: false; errors: Partial<Record<WalkInField, MessageKey>> }
  | { ok: true; citizen: Citizen; warnings: MessageKey[] };

export const emptyDraft = (id = ''): WalkInDraft => ({
  id,
  fullName: '',
  dob: '',
  sex: '',
  phone: '',
  guardianName: '',
  guardianPhone: '',
});

/** The details already known for a citizen, to check in again without retyping them. */
export function draftFromCitizen(c: Citizen): WalkInDraft {
  return {
    ...emptyDraft(c.id),
    fullName: c.fullName,
    dob: c.dob,
    sex: c.sex,
    phone: c.phone ?? '',
    ...(c.address ? { address: c.address } : {}),
    guardianName: c.guardian?.name ?? '',
    guardianPhone: c.guardian?.phone ?? '',
  };
}

/** A date of birth (a full date or a year alone) that can be someone's at the desk today. */
const dobOk = (dob: string, today: string): boolean =>
  readBirthDate(dob).ok && !bornAfter(dob, today);

export function needsGuardian(draft: WalkInDraft, today: string): boolean {
  return dobOk(draft.dob, today) && isMinor(draft.dob, today);
}

/** `idOptional`: an empty ID number is no error (a certificate's holder without their card). */
export function checkWalkIn(
  draft: WalkInDraft,
  today: string,
  { idOptional = false } = {},
): WalkInCheck {
  const errors: Partial<Record<WalkInField, MessageKey>> = {};
  const fullName = draft.fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (fullName === '') errors.fullName = 'field.name';
  if (!dobOk(draft.dob, today)) errors.dob = 'field.dob';
  if (draft.sex === '') errors.sex = 'field.sex';
  const phone = draft.phone.trim() === '' ? undefined : normalizePhone(draft.phone);
  if (phone === null) errors.phone = 'field.phone';
  const noId = idOptional && draft.id.trim() === '';
  const idCheck = noId
    ? { errors: [], warnings: [] }
    : checkCitizenId(draft.id, {
        dob: errors.dob ? undefined : draft.dob,
        sex: draft.sex || undefined,
      });
  const idError = idCheck.errors[0];
  if (idError) errors.id = `field.${idError.code}` as MessageKey;
  const minor = needsGuardian(draft, today);
  const guardianPhone = normalizePhone(draft.guardianPhone);
  if (minor && (draft.guardianName.trim() === '' || guardianPhone === null)) {
    errors.guardianName = 'field.guardian';
  }
  if (Object.keys(errors).length > 0 || draft.sex === '') return { ok: false, errors };

  const citizen: Citizen = {
    ...(noId ? {} : { id: draft.id }),
    fullName,
    dob: draft.dob,
    sex: draft.sex,
  };
  if (phone) citizen.phone = phone;
  if (draft.address) citizen.address = draft.address;
  if (minor && guardianPhone) {
    citizen.guardian = { name: draft.guardianName.normalize('NFC').trim(), phone: guardianPhone };
  }
  return {
    ok: true,
    citizen,
    warnings: idCheck.warnings.map((w) => `field.${w.code}` as MessageKey),
  };
}
