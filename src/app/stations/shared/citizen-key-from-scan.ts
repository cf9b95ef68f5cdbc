// Which citizen a scanned code or a typed number points at, for the screening and injection
// tables: they only need today's visit, so the ID number is enough (no walk-in, no confirmation).
// Pure apart from the registration lookup.
import { checkCitizenId } from '../../../domain/citizen-id';
import type { ScanResult } from '../../../domain/qr/scan';
import { isMessageKey, type MessageKey, type Params } from '../../../i18n/i18n';
import type { ReferenceData } from '../../../services/contracts';

export interface LookupNote {
  key: MessageKey;
  params?: Params;
}

export type CitizenLookup =
  /** `citizenKey` is the ID number; a registration without one is matched by `registrationId`. */
  { ok: true; citizenKey?: string; registrationId?: string } | { ok: false; note: LookupNote };

const fail = (key: MessageKey, params?: Params): CitizenLookup => ({
  ok: false,
  note: params ? { key, params } : { key },
});

export async function citizenKeyFromScan(
  scan: ScanResult,
  reference: Pick<ReferenceData, 'registrationByCode'>,
  siteId: string,
): Promise<CitizenLookup> {
  switch (scan.kind) {
    case 'cccd':
      return { ok: true, citizenKey: scan.citizen.id };
    case 'personal':
      return { ok: true, citizenKey: scan.id };
    case 'registration': {
      if (scan.siteId !== siteId) return fail('scan.otherSite', { code: scan.code });
      const registration = await reference.registrationByCode(scan.code);
      if (registration === undefined) return fail('scan.codeNotFound', { code: scan.code });
      const id = registration.citizen.id;
      return { ok: true, registrationId: registration.id, ...(id ? { citizenKey: id } : {}) };
    }
    // A certificate names no ID number: the citizen was checked in at the desk from it.
    case 'dcc':
      return fail('scan.certificateAtStation');
    case 'personal-masked':
      return fail('scan.masked');
    case 'registration-damaged':
      return fail('scan.damaged');
    case 'unknown':
      if (scan.reason === 'empty') return fail('scan.empty');
      return fail(scan.reason === 'cccd-invalid' ? 'scan.badCard' : 'scan.unknown', {
        shown: scan.shown,
      });
  }
}

/** An ID number typed at a station: spaces and dots are ignored; structure must be valid. */
export function citizenKeyFromTyped(text: string): CitizenLookup {
  const id = String(text).replace(/[\s.-]/g, '');
  if (id === '') return fail('station.idMissing');
  const problem = checkCitizenId(id).errors[0];
  if (problem === undefined) return { ok: true, citizenKey: id };
  const key = `field.${problem.code}`;
  return fail(problem.code !== 'format' && isMessageKey(key) ? key : 'station.idFormat');
}
