// The issuer's certificates, made with @peculiar/x509 over WebCrypto keys: the country signing CA
// (CSCA, self-signed) and the document signers (DSC) it signs, with the EU DCC profile's
// extensions (docs/operations.md, "Certificate signing keys").
import { randomBytes, type KeyObject } from 'node:crypto';
import { x509 } from './x509';

export type SignerAlg = 'ES256' | 'PS256';
export const SIGNER_ALGS: readonly SignerAlg[] = ['ES256', 'PS256'];

/** The EU DCC extended key usage "may sign vaccination certificates". */
export const EKU_VACCINATION = '1.3.6.1.4.1.1847.2021.1.2';

/**
 * RSA keys are 3072 bits: a CSCA lives ten years, past 2030, when NIST SP 800-57 retires 2048-bit
 * RSA (112-bit strength); 3072 gives 128 bits. ES256 (P-256) is the default and the fast path.
 */
const RSA_BITS = 3072;

const KEY_ALGORITHMS: Record<SignerAlg, EcKeyGenParams | RsaHashedKeyGenParams> = {
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
  PS256: {
    name: 'RSA-PSS',
    hash: 'SHA-256',
    modulusLength: RSA_BITS,
    publicExponent: new Uint8Array([1, 0, 1]),
  },
};

/** How a key of `alg` signs a certificate (ECDSA with SHA-256; RSA-PSS, SHA-256, salt 32). */
const SIGNING: Record<SignerAlg, EcdsaParams | RsaPssParams> = {
  ES256: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  PS256: { name: 'RSA-PSS', hash: 'SHA-256', saltLength: 32 } as RsaPssParams,
};

const nameIn = (country: string) => `C=${country}, O=Ministry of Health`;

export async function newKeyPair(alg: SignerAlg): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(KEY_ALGORITHMS[alg], true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
}

/** A stored private key (key-files.ts) as a WebCrypto key that can sign certificates. */
export function signingKeyOf(key: KeyObject): Promise<CryptoKey> {
  const alg = algOfKey(key);
  const der = key.export({ type: 'pkcs8', format: 'der' });
  return crypto.subtle.importKey('pkcs8', der, KEY_ALGORITHMS[alg], false, ['sign']);
}

export function algOfKey(key: KeyObject): SignerAlg {
  return key.asymmetricKeyType === 'ec' ? 'ES256' : 'PS256';
}

/** A positive serial of 16 random bytes (RFC 5280: at most 20 octets, not guessable). */
function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString('hex');
}

export interface Validity {
  notBefore: Date;
  notAfter: Date;
}

export async function makeCsca(
  alg: SignerAlg,
  keys: CryptoKeyPair,
  validity: Validity,
  country = 'VN',
): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `${nameIn(country)}, CN=${country} DCC CSCA`,
    ...validity,
    signingAlgorithm: SIGNING[alg],
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
}

export async function makeDsc(
  csca: { cert: x509.X509Certificate; key: CryptoKey; alg: SignerAlg },
  publicKey: CryptoKey,
  validity: Validity,
  country = 'VN',
): Promise<x509.X509Certificate> {
  const serialNumber = serial();
  return x509.X509CertificateGenerator.create({
    serialNumber,
    subject: `${nameIn(country)}, CN=${country} DCC DSC ${serialNumber.slice(0, 8)}`,
    issuer: csca.cert.subject,
    ...validity,
    signingAlgorithm: SIGNING[csca.alg],
    publicKey,
    signingKey: csca.key,
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([EKU_VACCINATION]),
      await x509.AuthorityKeyIdentifierExtension.create(csca.cert),
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
    ],
  });
}
