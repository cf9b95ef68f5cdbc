// Document signers for the tests: WebCrypto keys (ES256 or PS256) and a DSC for each, signed by a
// test CSCA key. The DSC is built with @peculiar/asn1-x509, which runs in the browser too, unlike
// @peculiar/x509 (it needs the reflect-metadata polyfill loaded first).
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  id_ce_extKeyUsage,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import {
  bytesToBase64,
  ES256,
  kidOf,
  PS256,
  type DccSigner,
  type TrustedSigner,
} from '../../../../src/domain/dcc';

export const EKU_VACCINATION = '1.3.6.1.4.1.1847.2021.1.2';
export const EKU_TEST = '1.3.6.1.4.1.1847.2021.1.1';
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const COMMON_NAME = '2.5.4.3';

export interface TestSigner {
  signer: DccSigner;
  trusted: TrustedSigner;
  der: Uint8Array;
  privateKey: CryptoKey;
}

let csca: Promise<CryptoKeyPair> | undefined;
function cscaKeys(): Promise<CryptoKeyPair> {
  return (csca ??= crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    false,
    ['sign'],
  ));
}

const name = (cn: string) =>
  new Name([
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({
        type: COMMON_NAME,
        value: new AttributeValue({ utf8String: cn }),
      }),
    ]),
  ]);

export async function makeTestSigner(
  alg: 'ES256' | 'PS256',
  options: { notBefore: Date; notAfter: Date; keyUsages?: string[] },
): Promise<TestSigner> {
  const keys =
    alg === 'ES256'
      ? await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
          'sign',
          'verify',
        ])
      : await crypto.subtle.generateKey(
          {
            name: 'RSA-PSS',
            modulusLength: 2048,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
          },
          true,
          ['sign', 'verify'],
        );
  const spki = await crypto.subtle.exportKey('spki', keys.publicKey);
  const sigAlg = new AlgorithmIdentifier({ algorithm: SHA256_WITH_RSA, parameters: null });
  const eku = options.keyUsages ?? [EKU_VACCINATION];
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: new Uint8Array([1, 2, 3, 4]).buffer,
    signature: sigAlg,
    issuer: name('VN CSCA test'),
    validity: new Validity({ notBefore: options.notBefore, notAfter: options.notAfter }),
    subject: name('VN DSC test'),
    subjectPublicKeyInfo: AsnConvert.parse(spki, SubjectPublicKeyInfo),
    extensions: new Extensions(
      eku.length === 0
        ? []
        : [
            new Extension({
              extnID: id_ce_extKeyUsage,
              extnValue: new OctetString(AsnConvert.serialize(new ExtendedKeyUsage(eku))),
            }),
          ],
    ),
  });
  const tbsDer = AsnConvert.serialize(tbs);
  const signatureValue = await crypto.subtle.sign(
    'RSASSA-PKCS1-v1_5',
    (await cscaKeys()).privateKey,
    tbsDer,
  );
  const der = new Uint8Array(
    AsnConvert.serialize(
      new Certificate({ tbsCertificate: tbs, signatureAlgorithm: sigAlg, signatureValue }),
    ),
  );
  const kid = await kidOf(der);
  const params =
    alg === 'ES256' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSA-PSS', saltLength: 32 };
  const signer: DccSigner = {
    kid,
    alg: alg === 'ES256' ? ES256 : PS256,
    sign: async (data) =>
      new Uint8Array(
        await crypto.subtle.sign(params, keys.privateKey, data as Uint8Array<ArrayBuffer>),
      ),
  };
  return {
    signer,
    der,
    privateKey: keys.privateKey,
    trusted: { kid: bytesToBase64(kid), country: 'VN', der },
  };
}
