// Revocation as the EU DCC gateway does it (hash type UCI): a certificate is named by the first
// 16 bytes of SHA-256 over its UVCI exactly as written in `ci`, in base64; a signer by its kid.
import { bytesToBase64 } from './base64';

export interface RevocationList {
  /** Base64 UCI hashes of revoked certificates. */
  hashes: ReadonlySet<string> | readonly string[];
  /** Base64 kids of revoked signers. */
  kids: ReadonlySet<string> | readonly string[];
}

export async function uciHash(uvci: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(uvci));
  return bytesToBase64(new Uint8Array(digest, 0, 16));
}

export function listHas(list: ReadonlySet<string> | readonly string[], item: string): boolean {
  return list instanceof Set ? list.has(item) : (list as readonly string[]).includes(item);
}
