// What the desk does with a scanned code: confirm a registered citizen, start a walk-in from
// what the code says, or explain why the code cannot be used. Pure apart from the lookups.
import { SCAN_METHODS, type ScannedIdentity } from '../../domain/checkin-method';
import type { ScanResult } from '../../domain/qr/scan';
import type { Registration } from '../../domain/protocol';
import { sameName } from '../../domain/name-key';
import { formatDate } from '../../i18n/format';
import type { MessageKey, Params } from '../../i18n/i18n';
import type { ReferenceData } from '../../services/contracts';
import { emptyDraft, type WalkInDraft } from './walk-in';

/** A citizen found or started from a scan carries how the scan identified them (the check-in's
 * method). */
export type ScanOutcome =
  | { step: 'confirm'; registration: Registration; notes: Note[]; scanned: ScannedIdentity }
  | { step: 'walkin'; draft: WalkInDraft; note: Note; scanned: ScannedIdentity }
  | { step: 'message'; note: Note; error: true };

export interface Note {
  key: MessageKey;
  params?: Params;
}

/** Every scan but a certificate, which the desk verifies first (use-desk.ts). */
export async function resolveScan(
  scan: Exclude<ScanResult, { kind: 'dcc' }>,
  reference: Pick<ReferenceData, 'registrationByCitizenId' | 'registrationByCode'>,
  siteId: string,
): Promise<ScanOutcome> {
  switch (scan.kind) {
    case 'cccd': {
      const { citizen } = scan;
      const scanned = { method: SCAN_METHODS.cccd, citizenId: citizen.id };
      const registration = await reference.registrationByCitizenId(citizen.id);
      if (registration) return confirm(registration, scanned, citizen.fullName, citizen.dob);
      const draft: WalkInDraft = {
        ...emptyDraft(citizen.id),
        fullName: citizen.fullName,
        dob: citizen.dob,
        sex: citizen.sex,
        ...(citizen.address ? { address: citizen.address } : {}),
      };
      return { step: 'walkin', draft, note: { key: 'scan.walkinFromCard' }, scanned };
    }
    case 'personal': {
      const scanned = { method: SCAN_METHODS.personal, citizenId: scan.id };
      const registration = await reference.registrationByCitizenId(scan.id);
      if (registration) return confirm(registration, scanned, scan.fullNameAscii, scan.dob);
      const draft = { ...emptyDraft(scan.id), fullName: scan.fullNameAscii, dob: scan.dob };
      return { step: 'walkin', draft, note: { key: 'scan.walkinFromApp' }, scanned };
    }
    case 'registration': {
      if (scan.siteId !== siteId) return message('scan.otherSite', { code: scan.code });
      const registration = await reference.registrationByCode(scan.code);
      return registration
        ? confirm(registration, {
            method: SCAN_METHODS.registration,
            citizenId: registration.citizen.id,
          })
        : message('scan.codeNotFound', { code: scan.code });
    }
    case 'personal-masked':
      return message('scan.masked');
    case 'registration-damaged':
      return message('scan.damaged');
    case 'unknown':
      return scan.reason === 'empty'
        ? message('scan.empty')
        : message(scan.reason === 'cccd-invalid' ? 'scan.badCard' : 'scan.unknown', {
            shown: scan.shown,
          });
  }
}

/** A registration found from a code that also names the person: say if the two disagree. */
function confirm(
  registration: Registration,
  scanned: ScannedIdentity,
  scannedName?: string,
  scannedDob?: string,
): ScanOutcome {
  const notes: Note[] = [];
  const { citizen } = registration;
  if (scannedName !== undefined && !sameName(scannedName, citizen.fullName)) {
    notes.push({ key: 'scan.nameDiffers', params: { name: scannedName } });
  }
  if (scannedDob !== undefined && scannedDob !== citizen.dob) {
    notes.push({ key: 'scan.dobDiffers', params: { dob: formatDate(scannedDob) } });
  }
  return { step: 'confirm', registration, notes, scanned };
}

const message = (key: MessageKey, params?: Params): ScanOutcome => ({
  step: 'message',
  note: { key, params },
  error: true,
});
