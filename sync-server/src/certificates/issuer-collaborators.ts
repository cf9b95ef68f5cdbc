// What the certificate issuer needs of its two collaborators (issuing.ts gives the real ones over
// the issuer folder and the database; tests give their own): a signer, and the certificates'
// history, which keeps at most one live certificate per person whoever writes.
import type { CertificateFacts } from '../../../src/domain/certificate-facts';
import type { DbHandle } from '../store/db-handle';
import type { DoseHistoryChange } from '../sync';
import type { IssueReason } from './certificates-repo';

export interface IssuedCertificate {
  uvci: string;
  idNumber: string;
  kid: string;
  /** The QR's text. */
  hc1: string;
  issuedAt: string;
  expiresAt: string;
}

export interface CertificateSigner {
  /** Whether a signing key may sign now (`issuer:init` done, the signer not expired or revoked). */
  ready(): Promise<boolean>;
  /** The certificate, or why these facts cannot be written as one (e.g. a vaccine without EU code). */
  sign(
    idNumber: string,
    facts: CertificateFacts,
    at: Date,
  ): Promise<IssuedCertificate | SigningProblem>;
}

/** Why no certificate was signed; `retry` when it is the signer's (no key, or none valid now). */
export interface SigningProblem {
  problem: string;
  retry?: boolean;
}

export interface LedgerWrite {
  /** New certificates, each revoking in its favour the one it `supersedes` (reason 'superseded'). */
  issued: (IssuedCertificate & { reason: IssueReason; supersedes: string | null })[];
  /** Certificates revoked with none to replace them. */
  revoked: { uvci: string; idNumber: string; reason: 'no-doses'; at: string }[];
}

/** The certificates' history (which UVCI, when, why, superseded by which). */
export interface CertificateLedger {
  /**
   * Writes, at most one live certificate per person; resolves with the persons refused because
   * another writer changed their certificate in force since it was read (theirs stands).
   */
  write(tx: DbHandle, changes: LedgerWrite): Promise<Set<string>>;
  /** A certificate as issued, whatever became of it since. */
  find(handle: DbHandle, uvci: string): Promise<IssuedCertificate | undefined>;
  /** These persons' live certificates, and whether the key of each was revoked since. */
  inForce(
    handle: DbHandle,
    idNumbers: readonly string[],
  ): Promise<Map<string, { uvci: string; keyRevoked: boolean }>>;
  /** Persons whose certificate in force was signed by a revoked key, not noted unsignable. */
  holdersOfRevokedKeys(handle: DbHandle, limit: number): Promise<string[]>;
  /** Waiting dose-history changes of persons with a live certificate, longest-waiting first. */
  changesOfHolders(handle: DbHandle, limit: number): Promise<DoseHistoryChange[]>;
}
