// Verifies an HC1 certificate offline, in the order of the EU reference verifier apps: decode,
// signer (kid), signature, revoked signer, validity times, key usage, schema, revoked certificate.
// Never throws: every failure is a reason (reasons.ts) with a detail for logs.
import { bytesToBase64 } from './base64';
import { checkCoseSignature } from './cose-signature';
import { coseKid } from './cose';
import type { CwtClaims } from './cwt';
import { checkDccSchema } from './dcc-schema';
import { decodeHc1, type DecodedHc1 } from './decode';
import { dccTypeOf, keyUsageAllows } from './key-usage';
import type { DccReason } from './reasons';
import { listHas, uciHash, type RevocationList } from './revocation';
import { kidOf, readSignerCertificate, type SignerReading } from './signer-certificate';
import { checkValidityTimes } from './validity-times';

export interface TrustedSigner {
  /** Base64 kid, as in the trust list. */
  kid: string;
  country: string;
  /** The DSC, DER. */
  der: Uint8Array;
}

export interface VerifyOptions {
  signers: readonly TrustedSigner[];
  revocation?: RevocationList;
  /** The moment to verify at; now by default. */
  clock?: Date;
}

export interface VerifyResult {
  valid: boolean;
  reason: DccReason;
  detail?: string;
  /** Base64 kid of the signer the certificate names, once decoded. */
  kid: string | null;
  payload: CwtClaims | null;
}

/** A trusted signer's certificate is read once, however many QRs it signed. */
const readings = new WeakMap<TrustedSigner, Promise<SignerReading>>();

/** The signer's certificate, read, and checked to be the one its kid names (EU rule). */
async function readTrusted(trusted: TrustedSigner): Promise<SignerReading> {
  const reading = readSignerCertificate(trusted.der);
  if (!reading.ok) return reading;
  const kid = bytesToBase64(await kidOf(trusted.der));
  if (kid !== trusted.kid) {
    return {
      ok: false,
      detail: `The trust list names this certificate ${trusted.kid}, not ${kid}.`,
    };
  }
  return reading;
}

export async function verifyHc1(text: string, options: VerifyOptions): Promise<VerifyResult> {
  const decoded = decodeHc1(text);
  if (!decoded.ok) return refuse(decoded.reason, decoded.detail, null, null);
  return verifyDecoded(decoded.value, options);
}

export async function verifyDecoded(
  { cose, claims }: DecodedHc1,
  options: VerifyOptions,
): Promise<VerifyResult> {
  const kidBytes = coseKid(cose);
  if (!kidBytes) return refuse('kid-missing', 'The message names no signer (kid).', null, claims);
  const kid = bytesToBase64(kidBytes);
  const trusted = options.signers.find((s) => s.kid === kid);
  if (!trusted) return refuse('kid-unknown', 'The signer is not in the trust list.', kid, claims);
  let pending = readings.get(trusted);
  if (!pending) readings.set(trusted, (pending = readTrusted(trusted)));
  const reading = await pending;
  if (!reading.ok) return refuse('kid-unknown', reading.detail, kid, claims);
  const signer = reading.signer;

  const signature = await checkCoseSignature(cose, signer);
  if (!signature.ok) return refuse('signature', signature.detail, kid, claims);
  if (options.revocation && listHas(options.revocation.kids, kid)) {
    return refuse('revoked-signer', 'The signer was revoked.', kid, claims);
  }
  const clock = Math.floor((options.clock ?? new Date()).getTime() / 1000);
  const times = checkValidityTimes(claims, signer, clock);
  if (!times.ok) return refuse(times.reason, times.detail, kid, claims);

  const type = dccTypeOf(claims.dcc);
  if (!type) return refuse('schema', 'A DCC holds exactly one of v, t and r.', kid, claims);
  if (!keyUsageAllows(signer.extendedKeyUsages, type)) {
    return refuse('key-usage', `The signer may not sign this type (${type}).`, kid, claims);
  }
  const schema = checkDccSchema(claims.dcc);
  if (!schema.ok) return refuse('schema', schema.problems.join(' '), kid, claims);

  if (options.revocation) {
    const entry = (claims.dcc[type] as Array<{ ci: string }>)[0]!;
    if (listHas(options.revocation.hashes, await uciHash(entry.ci))) {
      return refuse('revoked-certificate', 'This certificate was revoked.', kid, claims);
    }
  }
  return { valid: true, reason: 'ok', kid, payload: claims };
}

function refuse(
  reason: Exclude<DccReason, 'ok'>,
  detail: string,
  kid: string | null,
  payload: CwtClaims | null,
): VerifyResult {
  return { valid: false, reason, detail, kid, payload };
}
