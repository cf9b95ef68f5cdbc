// The whole decode chain, from the QR's text to the COSE message and its claims. Each step is
// also callable alone (hc1-text, compression, cose, cwt) and none throws.
import { inflateCose } from './compression';
import { decodeCoseSign1, type CoseSign1 } from './cose';
import { decodeCwt, type CwtClaims } from './cwt';
import { decodeBase45, unprefixHc1 } from './hc1-text';
import type { Step } from './reasons';

export interface DecodedHc1 {
  cose: CoseSign1;
  claims: CwtClaims;
}

export function decodeHc1(text: string): Step<DecodedHc1> {
  const base45 = unprefixHc1(text);
  if (!base45.ok) return base45;
  const compressed = decodeBase45(base45.value);
  if (!compressed.ok) return compressed;
  const coseBytes = inflateCose(compressed.value);
  if (!coseBytes.ok) return coseBytes;
  return decodeCoseBytes(coseBytes.value);
}

/** From the COSE message on: for a message that did not come through a QR. */
export function decodeCoseBytes(bytes: Uint8Array): Step<DecodedHc1> {
  const cose = decodeCoseSign1(bytes);
  if (!cose.ok) return cose;
  const claims = decodeCwt(cose.value.payload);
  if (!claims.ok) return claims;
  return { ok: true, value: { cose: cose.value, claims: claims.value } };
}
