// The signed bundle of records one tablet hands another (docs/handoff.md), and its text as a
// single QR for one visit. Bundle: signature (64 bytes, ECDSA P-256 r‖s) ‖ raw deflate of the
// payload's canonical JSON; the signature covers the JSON itself, so any damage to the compressed
// bytes fails it too. One visit's code: `VXH1:` + base45(bundle), which keeps the QR in
// alphanumeric mode (5.5 bits a character). The end-of-day transfer sends a bundle as fountain
// frames (day-frames.ts).
import { decode as base45Decode, encode as base45Encode } from '@digitalbazaar/base45';
import { deflateSync } from 'fflate';
import { canonicalJson } from '../canonical-json';
import type { VaxRecord } from '../records';
import { boundedInflate } from './bounded-inflate';

export const HANDOFF_PREFIX = 'VXH1:';
export const HANDOFF_FORMAT = 'vax-handoff/1';
/** What a QR holds at most in alphanumeric mode: a longer text is no hand-off code. */
export const MAX_HANDOFF_TEXT = 4296;
/** A visit has a handful of records (check-in, screening, injection, corrections). */
export const MAX_HANDOFF_RECORDS = 20;
/** A mobile team's day: a few hundred visits of a few records each, with a wide margin. */
export const MAX_DAY_RECORDS = 10_000;
const SIGNATURE_BYTES = 64;
/** About 1.5 KB a record as JSON at most (records are bounded: record-limits.ts). */
const inflatedLimit = (maxRecords: number) => 64 * 1024 + maxRecords * 4096;

export interface HandoffPayload {
  format: typeof HANDOFF_FORMAT;
  deviceId: string;
  siteId: string;
  /** ISO 8601 with offset: when the bundle was made. */
  madeAt: string;
  records: VaxRecord[];
}

/** A bundle read but not yet trusted: its claimed payload, the exact bytes signed, the signature. */
export interface ReadHandoff {
  payload: HandoffPayload;
  signed: Uint8Array;
  signature: Uint8Array;
}

/** Signs with the tablet's device key (signBytes of device-export.ts): 64 bytes r‖s. */
export type HandoffSigner = (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;

export const isHandoffText = (text: string): boolean => text.startsWith(HANDOFF_PREFIX);

export async function makeHandoffBundle(
  payload: HandoffPayload,
  sign: HandoffSigner,
): Promise<Uint8Array<ArrayBuffer>> {
  const json = new TextEncoder().encode(canonicalJson(payload));
  const signature = await sign(json);
  if (signature.length !== SIGNATURE_BYTES) throw new Error('not a P-256 signature');
  const deflated = deflateSync(json, { level: 9 });
  const bytes = new Uint8Array(SIGNATURE_BYTES + deflated.length);
  bytes.set(signature, 0);
  bytes.set(deflated, SIGNATURE_BYTES);
  return bytes;
}

export async function makeHandoffCode(
  payload: HandoffPayload,
  sign: HandoffSigner,
): Promise<string> {
  return HANDOFF_PREFIX + base45Encode(await makeHandoffBundle(payload, sign));
}

function isPayload(value: unknown, maxRecords: number): value is HandoffPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { format, deviceId, siteId, madeAt, records } = value as Record<string, unknown>;
  return (
    format === HANDOFF_FORMAT &&
    typeof deviceId === 'string' &&
    typeof siteId === 'string' &&
    typeof madeAt === 'string' &&
    Array.isArray(records) &&
    records.length > 0 &&
    records.length <= maxRecords
  );
}

/** The parts of a bundle, bounded at every step; null when it is not a readable bundle. */
export function readHandoffBundle(bytes: Uint8Array, maxRecords: number): ReadHandoff | null {
  if (bytes.length <= SIGNATURE_BYTES) return null;
  const signed = boundedInflate(bytes.subarray(SIGNATURE_BYTES), inflatedLimit(maxRecords));
  if (signed === undefined) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(signed));
  } catch {
    return null;
  }
  if (!isPayload(payload, maxRecords)) return null;
  return { payload, signed, signature: bytes.slice(0, SIGNATURE_BYTES) };
}

/** The bundle of one visit's scanned code; null when it is not a readable code. */
export function readHandoffCode(text: string): ReadHandoff | null {
  if (!isHandoffText(text) || text.length > MAX_HANDOFF_TEXT) return null;
  let bytes: Uint8Array;
  try {
    bytes = base45Decode(text.slice(HANDOFF_PREFIX.length));
  } catch {
    return null;
  }
  return readHandoffBundle(bytes, MAX_HANDOFF_RECORDS);
}
