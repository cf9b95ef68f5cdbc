// The EU DCC codec and verifier, shared by the server (issuing) and the tablet (verifying
// offline). Pure: WebCrypto and Uint8Array only, no Node APIs, so it runs in both.
export { bytesToBase64, base64ToBytes } from './base64';
export { inflateCose, deflateCose, MAX_INFLATED_BYTES } from './compression';
export {
  decodeCoseSign1,
  coseKid,
  coseAlg,
  sigStructure,
  ES256,
  PS256,
  type CoseSign1,
} from './cose';
export { decodeCbor, encodeCbor, toJsonValue } from './cbor';
export { decodeCwt, encodeCwt, type CwtClaims } from './cwt';
export { checkDccSchema, type SchemaCheck } from './dcc-schema';
export {
  dccFromHistory,
  DCC_VERSION,
  DEFAULT_ISSUER,
  type DccBuild,
  type DccOptions,
  type DccPerson,
  type VaccinationDcc,
  type VaccinationEntry,
} from './dcc-from-history';
export { dccName, icaoTransliteration, type DccName } from './dcc-name';
export { decodeHc1, decodeCoseBytes, type DecodedHc1 } from './decode';
export { encodeHc1, type DccSigner } from './encode';
export { unprefixHc1, decodeBase45, toHc1Text, HC1_PREFIX } from './hc1-text';
export { dccTypeOf, keyUsageAllows, type DccType } from './key-usage';
export { DCC_REASONS, type DccReason, type DccFailureReason, type Step } from './reasons';
export { uciHash, type RevocationList } from './revocation';
export { kidOf, readSignerCertificate, type SignerCertificate } from './signer-certificate';
export { checkCoseSignature } from './cose-signature';
export { makeUvci, hasValidUvciCheck, luhnModNCheck } from './uvci';
export { EU_VACCINE_CODES, type EuVaccineCodes } from './vaccine-codes';
export { checkValidityTimes } from './validity-times';
export {
  verifyHc1,
  verifyDecoded,
  type TrustedSigner,
  type VerifyOptions,
  type VerifyResult,
} from './verify';
export { readTrustList, readRevocationList, type ReadTrustList } from './trust-list';
