// What the issuer does for one person, given their doses, what the registry says of them and what
// it did last time (docs/certificates.md, "Re-issue and revoke"): nothing, a first certificate, a
// new one that supersedes the old (saying why: new facts, or the old one's key was revoked), a
// revocation when no dose is left, or a note of why the facts as they stand cannot be signed. A
// certificate in force is not revoked because a new record under the ID awaits the work-queue: it
// was true when signed, and stays until replaced (a revoked key's too, until the identity is
// verified again).
import {
  certificateFacts,
  factsText,
  reissueReason,
  type CertificateFacts,
} from '../../../src/domain/certificate-facts';
import type { PreviousDose } from '../../../src/domain/reference-data';
import type { IdentityVerdict } from '../registry';
import type { IssueReason } from './certificates-repo';
import type { NotSignableReason, Subject } from './subject';

export type Decision =
  | { kind: 'none' }
  /** Store (or forget, when null) the person's state; nothing to sign or revoke. */
  | { kind: 'note'; subject: Subject | null }
  | { kind: 'issue'; facts: CertificateFacts; reason: IssueReason; supersedes: string | null }
  | { kind: 'revoke'; uvci: string; reason: 'no-doses' };

const UNVERIFIED: Record<Exclude<IdentityVerdict['status'], 'verified'>, NotSignableReason> = {
  unmatched: 'identity-pending',
  mismatch: 'identity-mismatch',
  ambiguous: 'identity-ambiguous',
  'not-found': 'identity-not-found',
};

export function decide(
  idNumber: string,
  doses: readonly PreviousDose[],
  verdict: IdentityVerdict,
  before: Subject | undefined,
  at: string,
  /** The certificate in force was signed by a key since revoked (issuer:revoke-kid). */
  { keyRevoked = false }: { keyRevoked?: boolean } = {},
): Decision {
  if (doses.length === 0) {
    if (before?.uvci) return { kind: 'revoke', uvci: before.uvci, reason: 'no-doses' };
    return before ? { kind: 'note', subject: null } : { kind: 'none' };
  }
  if (verdict.status === 'verified') {
    const facts = certificateFacts(verdict.identity, doses);
    if (before?.uvci && factsText(before.facts) === factsText(facts)) {
      if (keyRevoked)
        return { kind: 'issue', facts, reason: 'key-revoked', supersedes: before.uvci };
      return before.notSignable
        ? { kind: 'note', subject: { ...before, notSignable: null, updatedAt: at } }
        : { kind: 'none' };
    }
    const reason = before?.uvci
      ? (reissueReason(before.facts, facts) ?? 'dose-corrected')
      : 'first-issue';
    return { kind: 'issue', facts, reason, supersedes: before?.uvci ?? null };
  }
  const notSignable = UNVERIFIED[verdict.status];
  if (before?.uvci) {
    if (before.notSignable === notSignable) return { kind: 'none' };
    return { kind: 'note', subject: { ...before, notSignable, updatedAt: at } };
  }
  if (verdict.status === 'unmatched') return { kind: 'none' };
  const facts = certificateFacts(verdict.recorded, doses);
  if (
    before &&
    before.notSignable === notSignable &&
    factsText(before.facts) === factsText(facts)
  ) {
    return { kind: 'none' };
  }
  return { kind: 'note', subject: { idNumber, facts, uvci: null, notSignable, updatedAt: at } };
}
