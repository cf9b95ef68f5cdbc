// What the citizen page asks of the certificates service: a person's certificate, found by ID
// number AND date of birth together. "No such person" and "wrong date of birth" are one answer
// (undefined), so the page cannot be used to learn who exists.
import type { CertificateStatus, PreviousDose } from '../../../../src/domain/reference-data';
import type { LocalDate } from '../../../../src/domain/local-date';

/** Why a person with doses has no signed certificate yet. */
export type NotSignableReason =
  /** The identity has not been compared with the population registry yet. */
  | 'identity-pending'
  /** The registry holds this person with other details (name, date of birth, sex). */
  | 'identity-mismatch'
  /** The registry has several people who could be this one. */
  | 'identity-ambiguous'
  /** The registry does not hold this person. */
  | 'identity-not-found'
  /** Verified; the certificate is being signed (a new dose or a correction arrived). */
  | 'issuing';

export interface SignedCertificate {
  /** The QR's text: `HC1:` + base45(…). */
  hc1: string;
  uvci: string;
  issuedAt: string;
  expiresAt: string;
}

export interface CitizenCertificate {
  fullName: string;
  colour: Exclude<CertificateStatus, 'none'>;
  doses: readonly PreviousDose[];
  /** Exactly one of the two. */
  signed?: SignedCertificate;
  notSignable?: NotSignableReason;
}

export type CertificateLookup = (
  idNumber: string,
  dob: LocalDate,
) => Promise<CitizenCertificate | undefined>;
