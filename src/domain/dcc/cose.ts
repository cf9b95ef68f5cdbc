// COSE_Sign1 (RFC 9052 §4.2) as the EU DCC uses it: [protected bstr, unprotected map, payload
// bstr, signature bstr], tagged 18 or untagged, possibly inside the CWT tag 61.
import { COSE_SIGN1_TAG, CWT_TAG, decodeCbor, encodeCbor, Tagged, type CborArena } from './cbor';
import { errorText, failStep, okStep, type Step } from './reasons';

export const COSE_ALG = 1;
export const COSE_KID = 4;
export const ES256 = -7;
export const PS256 = -37;

export interface CoseSign1 {
  /** The protected header exactly as signed. */
  protectedBytes: Uint8Array;
  protectedHeader: Map<unknown, unknown>;
  unprotectedHeader: Map<unknown, unknown>;
  payload: Uint8Array;
  signature: Uint8Array;
}

export function decodeCoseSign1(bytes: Uint8Array): Step<CoseSign1> {
  let item: unknown;
  try {
    item = decodeCbor(bytes);
  } catch (error) {
    return failStep('cbor', `Not CBOR: ${errorText(error)}`);
  }
  if (item instanceof Tagged && item.tag === CWT_TAG) item = item.value;
  if (item instanceof Tagged && item.tag === COSE_SIGN1_TAG) item = item.value;
  if (!Array.isArray(item) || item.length !== 4) {
    return failStep('cose', 'Not a COSE_Sign1 message (an array of four items).');
  }
  const [protectedBytes, unprotectedHeader, payload, signature] = item as unknown[];
  if (
    !(protectedBytes instanceof Uint8Array) ||
    !(unprotectedHeader instanceof Map) ||
    !(payload instanceof Uint8Array) ||
    !(signature instanceof Uint8Array)
  ) {
    return failStep('cose', 'A COSE_Sign1 item has the wrong type (or the payload is detached).');
  }
  let protectedHeader: unknown = new Map();
  try {
    if (protectedBytes.length > 0) protectedHeader = decodeCbor(protectedBytes);
  } catch (error) {
    return failStep('cose', `The protected header is not CBOR: ${errorText(error)}`);
  }
  if (!(protectedHeader instanceof Map)) {
    return failStep('cose', 'The protected header is not a map.');
  }
  return okStep({ protectedBytes, protectedHeader, unprotectedHeader, payload, signature });
}

/** The signer's key id: the protected header's, else the unprotected one's (as the EU apps do). */
export function coseKid(cose: CoseSign1): Uint8Array | undefined {
  const kid = cose.protectedHeader.get(COSE_KID) ?? cose.unprotectedHeader.get(COSE_KID);
  return kid instanceof Uint8Array ? kid : undefined;
}

export function coseAlg(cose: CoseSign1): unknown {
  return cose.protectedHeader.get(COSE_ALG) ?? cose.unprotectedHeader.get(COSE_ALG);
}

/** RFC 9052 §4.4 Sig_structure: what the signature covers (no external data). */
export function sigStructure(protectedBytes: Uint8Array, payload: Uint8Array): Uint8Array {
  return encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
}

export function protectedHeaderBytes(alg: number, kid: Uint8Array): Uint8Array {
  return encodeCbor(
    new Map<number, unknown>([
      [COSE_ALG, alg],
      [COSE_KID, kid],
    ]),
  );
}

export function encodeCoseSign1(
  protectedBytes: Uint8Array,
  payload: Uint8Array,
  signature: Uint8Array,
  arena?: CborArena,
): Uint8Array {
  return encodeCbor(
    new Tagged(COSE_SIGN1_TAG, [protectedBytes, new Map(), payload, signature]),
    arena,
  );
}
