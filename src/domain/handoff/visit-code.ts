// The text of a hand-off QR (docs/handoff.md): one visit's records, signed with the showing
// tablet's device key. `VXH1:` + base45( signature (64 bytes, ECDSA P-256 r‖s) ‖ raw deflate of
// the payload's canonical JSON ). Base45 keeps the QR in alphanumeric mode (5.5 bits a character);
// the signature covers the JSON itself, so any damage to the compressed bytes fails it too.
import { decode as base45Decode, encode as base45Encode } from '@digitalbazaar/base45';
import { deflateSync, inflateSync } from 'fflate';
import { canonicalJson } from '../canonical-json';
import type { VaxRecord } from '../records';

export const HANDOFF_PREFIX = 'VXH1:';
export const HANDOFF_FORMAT = 'vax-handoff/1';
/** What a QR holds at most in alphanumeric mode: a longer text is no hand-off code. */
export const MAX_HANDOFF_TEXT = 4296;
/** A visit has a handful of records (check-in, screening, injection, corrections). */
export const MAX_HANDOFF_RECORDS = 20;
const MAX_INFLATED_BYTES = 64 * 1024;
const SIGNATURE_BYTES = 64;

export interface HandoffPayload {
  format: typeof HANDOFF_FORMAT;
  deviceId: string;
  siteId: string;
  /** ISO 8601 with offset: when the code was made. */
  madeAt: string;
  records: VaxRecord[];
}

/** A code read but not yet trusted: its claimed payload, the exact bytes signed, the signature. */
export interface ReadHandoff {
  payload: HandoffPayload;
  signed: Uint8Array;
  signature: Uint8Array;
}

/** Signs with the tablet's device key (signBytes of device-export.ts): 64 bytes r‖s. */
export type HandoffSigner = (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;

export const isHandoffText = (text: string): boolean => text.startsWith(HANDOFF_PREFIX);

export async function makeHandoffCode(
  payload: HandoffPayload,
  sign: HandoffSigner,
): Promise<string> {
  const json = new TextEncoder().encode(canonicalJson(payload));
  const signature = await sign(json);
  if (signature.length !== SIGNATURE_BYTES) throw new Error('not a P-256 signature');
  const deflated = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(SIGNATURE_BYTES + deflated.length);
  bytes.set(signature, 0);
  bytes.set(deflated, SIGNATURE_BYTES);
  return HANDOFF_PREFIX + base45Encode(bytes);
}

function isPayload(value: unknown): value is HandoffPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { format, deviceId, siteId, madeAt, records } = value as Record<string, unknown>;
  return (
    format === HANDOFF_FORMAT &&
    typeof deviceId === 'string' &&
    typeof siteId === 'string' &&
    typeof madeAt === 'string' &&
    Array.isArray(records) &&
    records.length > 0 &&
    records.length <= MAX_HANDOFF_RECORDS
  );
}

/** The parts of a scanned code, bounded at every step; null when it is not a readable code. */
export function readHandoffCode(text: string): ReadHandoff | null {
  if (!isHandoffText(text) || text.length > MAX_HANDOFF_TEXT) return null;
  let bytes: Uint8Array;
  let signed: Uint8Array;
  try {
    bytes = base45Decode(text.slice(HANDOFF_PREFIX.length));
    if (bytes.length <= SIGNATURE_BYTES) return null;
    signed = inflateSync(bytes.subarray(SIGNATURE_BYTES));
  } catch {
    return null;
  }
  if (signed.length > MAX_INFLATED_BYTES) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(signed));
  } catch {
    return null;
  }
  if (!isPayload(payload)) return null;
  return { payload, signed, signature: bytes.slice(0, SIGNATURE_BYTES) };
}
