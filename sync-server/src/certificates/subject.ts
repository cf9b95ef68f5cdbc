// A person the certificate issuer looked at: the facts of their current certificate (or, without
// one, as recorded), the certificate's UVCI, and why the facts as they stand now are not signed.
import type { CertificateFacts } from '../../../src/domain/certificate-facts';

/** Why a person with doses has no (up-to-date) signed certificate. */
export type NotSignableReason =
  /** The identity has not been compared with the population registry yet. */
  | 'identity-pending'
  /** The registry holds this person with other details (name, date of birth, sex). */
  | 'identity-mismatch'
  /** The registry has several people who could be this one. */
  | 'identity-ambiguous'
  /** The registry does not hold this person. */
  | 'identity-not-found'
  /** No issuer keys yet (`issuer:init`), or none that may sign now. */
  | 'issuer-not-ready'
  /** The facts cannot be written as an EU DCC (a vaccine without an EU code, a name without letters). */
  | 'not-certifiable'
  /** Verified; the certificate is being signed (a new dose or a correction arrived). */
  | 'issuing';

export interface Subject {
  idNumber: string;
  facts: CertificateFacts;
  /** The certificate in force; it may state older facts when `notSignable` is set. */
  uvci: string | null;
  notSignable: NotSignableReason | null;
  updatedAt: string;
}
