// The CBOR Web Token inside the COSE payload (RFC 8392): 1 iss, 4 exp, 6 iat, and the health
// certificate claim -260 whose key 1 holds the EU DCC (eHN "Technical Specifications for Digital
// Green Certificates", vol. 1 §2.6).
import { decodeCbor, encodeCbor, toJsonValue, type CborArena } from './cbor';
import { errorText, failStep, okStep, type Step } from './reasons';

const ISS = 1;
const EXP = 4;
const IAT = 6;
const HCERT = -260;
const EU_DCC_V1 = 1;

export interface CwtClaims {
  iss?: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
  /** The DCC JSON, as decoded (its shape is checked by the schema step). */
  dcc: Record<string, unknown>;
}

export function decodeCwt(payload: Uint8Array): Step<CwtClaims> {
  let claims: unknown;
  try {
    claims = decodeCbor(payload);
  } catch (error) {
    return failStep('cbor', `The payload is not CBOR: ${errorText(error)}`);
  }
  if (!(claims instanceof Map)) return failStep('cwt', 'The payload is not a CWT claims map.');
  const iss: unknown = claims.get(ISS);
  const iat: unknown = claims.get(IAT);
  const exp: unknown = claims.get(EXP);
  if (iss !== undefined && typeof iss !== 'string') return failStep('cwt', 'iss is not text.');
  if (!isTime(iat) || !isTime(exp)) {
    return failStep('cwt', 'The CWT lacks its issue (6) or expiry (4) time.');
  }
  const hcert: unknown = claims.get(HCERT);
  const dccItem: unknown = hcert instanceof Map ? hcert.get(EU_DCC_V1) : undefined;
  if (dccItem === undefined) return failStep('cwt', 'The CWT holds no EU DCC (claim -260/1).');
  let dcc: unknown;
  try {
    dcc = toJsonValue(dccItem);
  } catch (error) {
    return failStep('cbor', `The DCC is not JSON data: ${errorText(error)}`);
  }
  if (typeof dcc !== 'object' || dcc === null || Array.isArray(dcc)) {
    return failStep('cwt', 'The DCC is not an object.');
  }
  return okStep({ ...(iss === undefined ? {} : { iss }), iat, exp, dcc: dcc as CwtClaims['dcc'] });
}

export function encodeCwt(claims: CwtClaims, arena?: CborArena): Uint8Array {
  const map = new Map<number, unknown>();
  if (claims.iss !== undefined) map.set(ISS, claims.iss);
  map.set(EXP, claims.exp);
  map.set(IAT, claims.iat);
  map.set(HCERT, new Map([[EU_DCC_V1, claims.dcc]]));
  return encodeCbor(map, arena);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
