// The EU DCC identifiers computed from bytes (docs/protocol.md, /dcc): a signer's `kid` and a
// certificate's revocation hash. The shared codec in src/domain/dcc will own these once merged.
import { createHash } from 'node:crypto';

/** First 8 bytes of SHA-256 over the DSC's DER, base64: the COSE `kid` and the trust list's. */
export function kidOf(der: Uint8Array): string {
  return createHash('sha256').update(der).digest().subarray(0, 8).toString('base64');
}

/** The EU "UCI" revocation hash: first 16 bytes of SHA-256 over the UVCI's UTF-8, base64. */
export function uciHash(uvci: string): string {
  return createHash('sha256').update(uvci, 'utf8').digest().subarray(0, 16).toString('base64');
}

/** A kid as file names can carry it (base64 has `/`). */
export function kidHex(kid: string): string {
  return Buffer.from(kid, 'base64').toString('hex');
}
