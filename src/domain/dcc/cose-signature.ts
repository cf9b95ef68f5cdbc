// Checks a COSE_Sign1 signature with WebCrypto: ES256 (ECDSA P-256, raw r||s) or PS256 (RSA-PSS,
// SHA-256, salt 32), the two algorithms of the EU DCC. The key must fit the algorithm exactly:
// an "ES256" message signed with a P-384 key is refused (dgc-testdata ES/401–403).
import { coseAlg, ES256, PS256, sigStructure, type CoseSign1 } from './cose';
import type { SignerCertificate } from './signer-certificate';

type Checked = { ok: true } | { ok: false; detail: string };
type Bytes = Uint8Array<ArrayBuffer>;

/** A signer's key is imported once per algorithm, however many QRs it signed. */
const keys = new WeakMap<SignerCertificate, Map<number, Promise<CryptoKey>>>();

function importOnce(
  signer: SignerCertificate,
  alg: number,
  params: EcKeyImportParams | RsaHashedImportParams,
): Promise<CryptoKey> {
  let byAlg = keys.get(signer);
  if (!byAlg) keys.set(signer, (byAlg = new Map()));
  let key = byAlg.get(alg);
  if (!key) {
    key = globalThis.crypto.subtle.importKey('spki', signer.spki as Bytes, params, false, [
      'verify',
    ]);
    byAlg.set(alg, key);
  }
  return key;
}

export async function checkCoseSignature(
  cose: CoseSign1,
  signer: SignerCertificate,
): Promise<Checked> {
  const alg = coseAlg(cose);
  const subtle = globalThis.crypto.subtle;
  const data = sigStructure(cose.protectedBytes, cose.payload) as Bytes;
  const signature = cose.signature as Bytes;
  try {
    if (alg === ES256) {
      if (signer.keyType !== 'EC') return { ok: false, detail: 'ES256 with a key that is not EC.' };
      if (signature.length !== 64) return { ok: false, detail: 'An ES256 signature is 64 bytes.' };
      const key = await importOnce(signer, ES256, { name: 'ECDSA', namedCurve: 'P-256' });
      const valid = await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, data);
      return valid ? { ok: true } : { ok: false, detail: 'The ES256 signature does not verify.' };
    }
    if (alg === PS256) {
      if (signer.keyType !== 'RSA')
        return { ok: false, detail: 'PS256 with a key that is not RSA.' };
      const key = await importOnce(signer, PS256, { name: 'RSA-PSS', hash: 'SHA-256' });
      const valid = await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, key, signature, data);
      return valid ? { ok: true } : { ok: false, detail: 'The PS256 signature does not verify.' };
    }
    return { ok: false, detail: `Algorithm ${String(alg)} is neither ES256 (-7) nor PS256 (-37).` };
  } catch (error) {
    // importKey refuses a key that does not fit (a P-384 key for ES256, a malformed SPKI).
    return { ok: false, detail: `The signer's key cannot check this signature: ${String(error)}` };
  }
}
