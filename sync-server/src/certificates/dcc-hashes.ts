// The EU "UCI" revocation hash of a certificate the server records. certificates-repo.ts computes
// it in a synchronous expression; everything else uses the domain's (async, WebCrypto) uciHash in
// src/domain/dcc/revocation.ts, which this one must equal (certificates-flow.test.ts finds
// the domain's hash in the revocation list).
import { createHash } from 'node:crypto';

/** First 16 bytes of SHA-256 over the UVCI's UTF-8, base64. */
export function uciHash(uvci: string): string {
  return createHash('sha256').update(uvci, 'utf8').digest().subarray(0, 16).toString('base64');
}
