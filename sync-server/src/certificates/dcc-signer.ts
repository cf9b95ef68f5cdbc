// The issuer's signing path (docs/certificates.md): certificate facts → DCC 1.3.0 JSON for the
// latest dose → CWT → COSE_Sign1 → zlib → base45 → HC1, with the current document signer's key.
// The UVCI's opaque part is random (16 of A–Z and 0–9, about 82 bits): unguessable, so a UVCI
// reveals nothing of the person and cannot be forged into the revocation list's hashes.
import { randomFillSync } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { CertificateFacts } from '../../../src/domain/certificate-facts';
import { dccFromHistory } from '../../../src/domain/dcc/dcc-from-history';
import { encodeHc1, type DccSigner } from '../../../src/domain/dcc/encode';
import { makeUvci } from '../../../src/domain/dcc/uvci';
import type { IssuedCertificate, SigningProblem } from './issuer-collaborators';

const OPAQUE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const OPAQUE_LENGTH = 16;
const DAY_S = 86_400;

export interface SigningPolicy {
  /** How long a certificate is valid (CWT exp − iat). */
  validityDays: number;
  /** The issuing authority written in `is`. */
  issuer?: string;
}

/**
 * Random bytes drawn 4 KB at a time: one randomInt per character was ~3 µs of a certificate's
 * ~100. A byte below 252 (7 × 36) picks a character uniformly; the others are skipped.
 */
const pool = Buffer.alloc(4096);
let next = pool.length;

function opaque(): string {
  let text = '';
  while (text.length < OPAQUE_LENGTH) {
    if (next === pool.length) {
      randomFillSync(pool);
      next = 0;
    }
    const byte = pool[next++]!;
    if (byte < 252) text += OPAQUE_CHARS[byte % OPAQUE_CHARS.length];
  }
  return text;
}

/** The kid as the database stores it, once per signer. */
const kids = new WeakMap<DccSigner, string>();
function kidText(signer: DccSigner): string {
  let kid = kids.get(signer);
  if (kid === undefined) kids.set(signer, (kid = Buffer.from(signer.kid).toString('base64')));
  return kid;
}

/** Node's zlib, as the codec's deflateCose: level 9 (docs/certificates.md, issuing speed). */
const deflate = (cose: Uint8Array): Uint8Array => deflateSync(cose, { level: 9 });

/** `current` gives the document signer that may sign now, or undefined (no keys, or none valid). */
export function dccCertificateSigner(
  current: () => DccSigner | undefined,
  { validityDays, issuer }: SigningPolicy,
) {
  return {
    /** `until`: the signer's own end, which the certificate must not outlive. */
    async sign(
      idNumber: string,
      facts: CertificateFacts,
      at: Date,
      until?: Date,
    ): Promise<IssuedCertificate | SigningProblem> {
      const signer = current();
      if (!signer)
        return { problem: 'No document signer may sign now (issuer:init).', retry: true };
      const uvci = makeUvci(opaque());
      const built = dccFromHistory(facts, facts.doses, { uvci, ...(issuer && { issuer }) });
      if (!built.ok) return { problem: built.problem };
      const iat = Math.floor(at.getTime() / 1000);
      const limit = until ? Math.floor(until.getTime() / 1000) : Infinity;
      const exp = Math.min(iat + validityDays * DAY_S, limit);
      const dcc = built.dcc as unknown as Record<string, unknown>;
      const hc1 = await encodeHc1({ iss: 'VN', iat, exp, dcc }, signer, deflate);
      return {
        uvci,
        idNumber,
        kid: kidText(signer),
        hc1,
        issuedAt: at.toISOString(),
        expiresAt: new Date(exp * 1000).toISOString(),
      };
    },
  };
}
