// Signs and encodes a certificate: CWT → COSE_Sign1 (alg and kid protected, tag 18) → zlib
// (level 9) → base45 → "HC1:". Kept lean for bulk issuing: one CBOR pass per layer, each written
// into one reused arena, and no copies beyond what the libraries make.
import { CborArena } from './cbor';
import { deflateCose } from './compression';
import {
  encodeCoseSign1,
  protectedHeaderBytes,
  sigStructure,
  type ES256,
  type PS256,
} from './cose';
import { encodeCwt, type CwtClaims } from './cwt';
import { toHc1Text } from './hc1-text';

export interface DccSigner {
  /** The first 8 bytes of SHA-256 over the DSC's DER (kidOf). */
  kid: Uint8Array;
  alg: typeof ES256 | typeof PS256;
  /** ES256: the raw 64-byte r||s; PS256: the RSA-PSS signature (salt 32). */
  sign(toBeSigned: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

/** A signer's protected header is the same for every certificate it signs. */
const headers = new WeakMap<DccSigner, Uint8Array>();
/** One arena for every certificate: a new array each time cost bulk issuing ~9 µs of ~100. */
const arena = new CborArena();

/**
 * `deflate`: zlib at level 9; the server passes its native one (twice fflate's speed, a third of
 * the issuing path's time), the codec's own is fflate for wherever there is no other.
 */
export async function encodeHc1(
  claims: CwtClaims,
  signer: DccSigner,
  deflate: (cose: Uint8Array) => Uint8Array = deflateCose,
): Promise<string> {
  let header = headers.get(signer);
  if (!header) headers.set(signer, (header = protectedHeaderBytes(signer.alg, signer.kid)));
  arena.clear();
  const payload = encodeCwt(claims, arena);
  // The bytes signed are the signer's own: one that waits may read them after it returns.
  const signed = signer.sign(sigStructure(header, payload));
  if (signed instanceof Uint8Array) {
    return toHc1Text(deflate(encodeCoseSign1(header, payload, signed, arena)));
  }
  // Another certificate may use the arena while this one waits for its signature.
  const own = payload.slice();
  return toHc1Text(deflate(encodeCoseSign1(header, own, await signed)));
}
