// What the citizen page asks of the certificates service: a person's certificate, found by ID
// number AND date of birth together. "No such person" and "wrong date of birth" are one answer
// (undefined), so the page cannot be used to learn who exists.
import type { CertificateDose } from '../../../../src/domain/certificate-facts';
import type { CertificateStatus } from '../../../../src/domain/reference-data';
import type { LocalDate } from '../../../../src/domain/local-date';
import type { NotSignableReason } from '../subject';

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
  doses: readonly CertificateDose[];
  /** The certificate in force, if any. */
  signed?: SignedCertificate;
  /** Why the facts as they stand now are not (yet) signed: shown beside any certificate in force. */
  notSignable?: NotSignableReason;
}

export type CertificateLookup = (
  idNumber: string,
  dob: LocalDate,
) => Promise<CitizenCertificate | undefined>;
