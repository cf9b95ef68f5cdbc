// The certificates feature's public face: the issuer's keys (init, rotate, revoke), the signing
// key the issuing service signs with, the trust and revocation lists tablets pull, the history of
// issued certificates, the issuer that signs and re-issues, the citizen page, and the admin
// commands (docs/certificates.md, docs/operations.md, docs/protocol.md).
export { certificateCommands } from './admin-commands';
export { certificatesRepo, type IssueReason, type NewCertificate } from './certificates-repo';
export { DCC_PREFIX, dccRoutes } from './dcc-routes';
export { initIssuer, rotateSigner, type IssuerSettings } from './issuer';
export { revokeSigner, type RevokedSigner } from './revoke-signer';
export { IssuerError } from './issuer-error';
export { issuerKeys, type IssuerKeys, type IssuerSigner } from './issuer-keys';
export { signersRepo } from './signers-repo';
export { importTrustList, type ImportReport } from './trust-list-import';
export { revocationList, trustList } from './trust-lists';
export { citizenPageRoutes, type CitizenPageOptions } from './citizen/citizen-routes';
export type {
  CertificateLookup,
  CitizenCertificate,
  SignedCertificate,
} from './citizen/citizen-lookup';
export type { NotSignableReason } from './subject';
export { notSignableWords } from './not-signable-words';
export { certificatesPlugin } from './certificates-plugin';
export { certificateLedger, issuingSigner } from './issuing';
export { certificateStanding, type CertificateStanding } from './standing';
