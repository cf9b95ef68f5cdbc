// The two lists a verifier pulls (docs/certificates.md), read as hostile input: the trust list in
// the EU gateway's entry shape and the revocation list. Entries that are not what they claim are
// dropped, not trusted; the caller learns how many.
import { base64ToBytes } from './base64';
import type { RevocationList } from './revocation';
import type { TrustedSigner } from './verify';

const KID = /^[A-Za-z0-9+/]{11}=$/; // 8 bytes in base64
const HASH = /^[A-Za-z0-9+/]{22}==$/; // 16 bytes in base64
/** More entries than any real list holds (the EU gateway has a few thousand DSCs). */
const MAX_ENTRIES = 100_000;

export interface ReadTrustList {
  signers: TrustedSigner[];
  dropped: number;
}

/** `{"certificates":[{"kid","country","certificateType":"DSC","rawData"}]}` → trusted signers. */
export function readTrustList(json: unknown): ReadTrustList {
  const entries = isRecord(json) && Array.isArray(json.certificates) ? json.certificates : [];
  const signers: TrustedSigner[] = [];
  for (const entry of entries.slice(0, MAX_ENTRIES)) {
    if (!isRecord(entry) || entry.certificateType !== 'DSC') continue;
    const { kid, country, rawData } = entry;
    const der = typeof rawData === 'string' ? base64ToBytes(rawData) : undefined;
    if (typeof kid !== 'string' || !KID.test(kid) || typeof country !== 'string' || !der) continue;
    signers.push({ kid, country, der });
  }
  return { signers, dropped: entries.length - signers.length };
}

/** `{"hashType":"UCI","hashes":[…],"kids":[…]}` → sets to look revocations up in. */
export function readRevocationList(json: unknown): RevocationList {
  if (!isRecord(json) || json.hashType !== 'UCI') return { hashes: new Set(), kids: new Set() };
  const valid = (list: unknown, form: RegExp) =>
    new Set(
      (Array.isArray(list) ? list.slice(0, MAX_ENTRIES * 10) : []).filter(
        (item): item is string => typeof item === 'string' && form.test(item),
      ),
    );
  return { hashes: valid(json.hashes, HASH), kids: valid(json.kids, KID) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
