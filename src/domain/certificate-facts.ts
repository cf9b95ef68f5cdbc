// What a vaccination certificate states (docs/certificates.md): the verified identity and the doses.
// The issuer keeps the facts each certificate was made from; when the facts it would state now
// differ, the old certificate is revoked and a new one issued, and this says why.
import { canonicalJson } from './canonical-json';
import type { Sex } from './records';
import type { PreviousDose } from './reference-data';

export interface CertificateDose {
  date: string;
  vaccine: string;
  doseNumber: number;
}

export interface CertificateFacts {
  fullName: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as known. */
  dob: string;
  sex?: Sex;
  /** Oldest first. */
  doses: CertificateDose[];
}

export type ReissueReason = 'new-dose' | 'dose-corrected' | 'identity-corrected';

export function certificateFacts(
  identity: { fullName: string; dob: string; sex?: Sex },
  doses: readonly PreviousDose[],
): CertificateFacts {
  const sorted = doses
    .map(({ date, vaccine, doseNumber }) => ({ date, vaccine, doseNumber }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.doseNumber - b.doseNumber);
  return {
    fullName: identity.fullName.normalize('NFC'),
    dob: identity.dob,
    ...(identity.sex && { sex: identity.sex }),
    doses: sorted,
  };
}

/** One spelling of the facts: two certificates state the same when these are equal. */
export const factsText = (facts: CertificateFacts): string => canonicalJson(facts);

/** Why a certificate stating `before` must give way to one stating `after` (undefined: it need not). */
export function reissueReason(
  before: CertificateFacts,
  after: CertificateFacts,
): ReissueReason | undefined {
  if (factsText(before) === factsText(after)) return undefined;
  if (before.fullName !== after.fullName || before.dob !== after.dob || before.sex !== after.sex) {
    return 'identity-corrected';
  }
  const kept = before.doses.every((d, i) => canonicalJson(d) === canonicalJson(after.doses[i]));
  return kept && after.doses.length > before.doses.length ? 'new-dose' : 'dose-corrected';
}
