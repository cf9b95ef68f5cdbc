// Offline export: a tablet that cannot reach the server for days writes its unsynced
// records to a file signed with its own ECDSA P-256 key. The server holds the public half since
// enrollment, so an operator's import can tell the file was not altered. Web Crypto on both sides.
import { canonicalJson } from './canonical-json';
import type { VaxRecord } from './records';

export const EXPORT_FORMAT = 'vax-checkin-export/1';
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export interface ExportPayload {
  format: typeof EXPORT_FORMAT;
  deviceId: string;
  siteId: string;
  exportedAt: string;
  records: VaxRecord[];
  /**
   * When each record entered the tablet's outbox (UTC ISO, by record id). Signed with the rest;
   * files made before it existed have none, and still verify.
   */
  queuedAt?: Record<string, string>;
}

export interface SignedExport extends ExportPayload {
  /** base64 ECDSA P-256 / SHA-256 signature (r‖s) of the canonical JSON of everything else. */
  signature: string;
}

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
};

/** A device key pair; the private half cannot be exported from the browser. */
export function generateDeviceKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(KEY, false, ['sign', 'verify']);
}

export function exportPublicKey(key: CryptoKey): Promise<JsonWebKey> {
  return crypto.subtle.exportKey('jwk', key);
}

const signedBytes = (payload: ExportPayload) => {
  const { format, deviceId, siteId, exportedAt, records, queuedAt } = payload;
  // An absent `queuedAt` is left out of the canonical JSON, as in files from before it existed.
  return new TextEncoder().encode(
    canonicalJson({ format, deviceId, siteId, exportedAt, records, queuedAt }),
  );
};

/** The device key's ECDSA P-256 / SHA-256 signature (r‖s, 64 bytes) of `bytes`. */
export async function signBytes(
  key: CryptoKey,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(SIGN, key, bytes));
}

/** Whether `signature` is the signature of `bytes` by the device whose public key this is. */
export async function verifyBytes(
  publicKey: JsonWebKey,
  signature: Uint8Array,
  bytes: Uint8Array,
): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', publicKey, KEY, false, ['verify']);
    // Web Crypto takes only ArrayBuffer-backed views: copies of bytes read from elsewhere.
    return await crypto.subtle.verify(SIGN, key, new Uint8Array(signature), new Uint8Array(bytes));
  } catch {
    return false;
  }
}

export async function signExport(payload: ExportPayload, key: CryptoKey): Promise<SignedExport> {
  const signature = await signBytes(key, signedBytes(payload));
  return { ...payload, signature: toBase64(signature) };
}

export type ExportCheck =
  { ok: true; file: SignedExport } | { ok: false; reason: 'format' | 'signature' };

const isTimeTable = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/** Reads the header of an untrusted file: enough to find the device whose key verifies it. */
export function exportHeader(file: unknown): { deviceId: string; siteId: string } | null {
  if (typeof file !== 'object' || file === null) return null;
  const { format, deviceId, siteId, records, signature, exportedAt, queuedAt } = file as Record<
    string,
    unknown
  >;
  const ok =
    format === EXPORT_FORMAT &&
    typeof deviceId === 'string' &&
    typeof siteId === 'string' &&
    typeof exportedAt === 'string' &&
    typeof signature === 'string' &&
    Array.isArray(records) &&
    (queuedAt === undefined || isTimeTable(queuedAt));
  return ok ? { deviceId, siteId } : null;
}

export async function verifyExport(file: unknown, publicKey: JsonWebKey): Promise<ExportCheck> {
  if (exportHeader(file) === null) return { ok: false, reason: 'format' };
  const signed = file as SignedExport;
  let signature: Uint8Array;
  try {
    signature = Uint8Array.from(atob(signed.signature), (c) => c.charCodeAt(0));
  } catch {
    return { ok: false, reason: 'signature' };
  }
  const valid = await verifyBytes(publicKey, signature, signedBytes(signed));
  return valid ? { ok: true, file: signed } : { ok: false, reason: 'signature' };
}
