// The certificate issuer in server tests: settings for an issuer folder in the test's folder, and
// other countries' document signers (a CSCA and a DSC of theirs, valid when told) to import.
import path from 'node:path';
import type { IssuerSettings } from '../../../sync-server/src/certificates';
import { bytesToBase64, kidOf } from '../../../src/domain/dcc';
import {
  makeCsca,
  makeDsc,
  newKeyPair,
  type SignerAlg,
} from '../../../sync-server/src/certificates/issuer-certs';

export function issuerSettings(dataDir: string, passphrase?: string): IssuerSettings {
  return {
    dir: path.join(dataDir, 'issuer'),
    ...(passphrase && { passphrase }),
    cscaValidityYears: 10,
    dscValidityYears: 2,
  };
}

export interface ForeignSigner {
  pem: string;
  /** base64 DER, as the trust list's rawData. */
  rawData: string;
  kid: string;
  country: string;
}

const DAY = 86_400_000;

/** A document signer of `country`, valid from `notBefore` for `days` days. */
export async function foreignSigner(
  country: string,
  { notBefore = new Date(), days = 365, alg = 'ES256' as SignerAlg } = {},
): Promise<ForeignSigner> {
  const cscaKeys = await newKeyPair(alg);
  const validity = { notBefore, notAfter: new Date(notBefore.getTime() + days * DAY) };
  const cert = await makeCsca(alg, cscaKeys, validity, country);
  const dscKeys = await newKeyPair(alg);
  const dsc = await makeDsc(
    { cert, key: cscaKeys.privateKey, alg },
    dscKeys.publicKey,
    validity,
    country,
  );
  const der = new Uint8Array(dsc.rawData);
  return {
    pem: dsc.toString('pem'),
    rawData: Buffer.from(der).toString('base64'),
    kid: bytesToBase64(await kidOf(der)),
    country,
  };
}
