// What the verifier needs from a Document Signer Certificate (DSC): its key, its validity and its
// extended key usages. Read with the @peculiar asn1 packages, which run in the browser without the
// reflect-metadata polyfill that @peculiar/x509 needs.
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, ExtendedKeyUsage, id_ce_extKeyUsage } from '@peculiar/asn1-x509';
import { errorText } from './reasons';

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';

export interface SignerCertificate {
  /** SubjectPublicKeyInfo DER, for WebCrypto's importKey('spki'). */
  spki: Uint8Array;
  keyType: 'EC' | 'RSA' | 'other';
  /** Seconds since the epoch. */
  notBefore: number;
  notAfter: number;
  /** Dotted OIDs of the extended key usage extension; empty when it is absent. */
  extendedKeyUsages: string[];
}

export type SignerReading = { ok: true; signer: SignerCertificate } | { ok: false; detail: string };

export function readSignerCertificate(der: Uint8Array): SignerReading {
  try {
    const { tbsCertificate: tbs } = AsnConvert.parse(der, Certificate);
    const keyOid = tbs.subjectPublicKeyInfo.algorithm.algorithm;
    const eku = tbs.extensions?.find((e) => e.extnID === id_ce_extKeyUsage);
    return {
      ok: true,
      signer: {
        spki: new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo)),
        keyType: keyOid === EC_PUBLIC_KEY ? 'EC' : keyOid === RSA_ENCRYPTION ? 'RSA' : 'other',
        notBefore: seconds(tbs.validity.notBefore.getTime()),
        notAfter: seconds(tbs.validity.notAfter.getTime()),
        extendedKeyUsages: eku ? [...AsnConvert.parse(eku.extnValue, ExtendedKeyUsage)] : [],
      },
    };
  } catch (error) {
    return { ok: false, detail: `Not an X.509 certificate: ${errorText(error)}` };
  }
}

/** The EU `kid`: the first 8 bytes of SHA-256 over the DSC's DER. */
export async function kidOf(der: Uint8Array): Promise<Uint8Array> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', der as Uint8Array<ArrayBuffer>);
  return new Uint8Array(digest, 0, 8);
}

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
