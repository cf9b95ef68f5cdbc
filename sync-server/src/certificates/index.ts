// The certificates feature's public face: the issuer's keys (init, rotate, revoke), the signing
// key the issuing service signs with, the trust and revocation lists tablets pull, the history of
// issued certificates, and the admin commands (docs/operations.md, docs/protocol.md).
export { certificateCommands } from './admin-commands';
export { certificatesRepo, type IssueReason, type NewCertificate } from './certificates-repo';
export { DCC_PREFIX, dccRoutes } from './dcc-routes';
export { kidOf, uciHash } from './dcc-hashes';
export { initIssuer, rotateSigner, type IssuerSettings } from './issuer';
export { revokeSigner, type RevokedSigner } from './revoke-signer';
export { IssuerError } from './issuer-error';
export { issuerKeys, type IssuerKeys, type IssuerSigner } from './issuer-keys';
export { signersRepo } from './signers-repo';
export { importTrustList, type ImportReport } from './trust-list-import';
export { revocationList, trustList } from './trust-lists';
