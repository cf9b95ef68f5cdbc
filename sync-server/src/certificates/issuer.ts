// The issuer's life: init (a CSCA and its first DSC) and rotate (a new DSC becomes current, the
// old ones stay listed); revoke-signer.ts revokes a kid. Keys go to the issuer folder
// (key-files.ts), only the public DSC to the database; a running server sees each change without
// a restart (the routes read the database, issuerKeys watches current.json).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bytesToBase64, kidOf } from '../../../src/domain/dcc';
import type { IssuerConfig } from '../config';
import type { Store } from '../store/store';
import {
  algOfKey,
  makeCsca,
  makeDsc,
  newKeyPair,
  signingKeyOf,
  type SignerAlg,
} from './issuer-certs';
import { IssuerError } from './issuer-error';
import {
  CSCA_CERT,
  CSCA_KEY,
  dscCertFile,
  dscKeyFile,
  issuerFolder,
  readPrivateKey,
  writeCertificate,
  writeCurrent,
  writePrivateKey,
} from './key-files';
import { signersRepo } from './signers-repo';
import { x509 } from './x509';

export type IssuerSettings = Pick<
  IssuerConfig,
  'dir' | 'passphrase' | 'cscaValidityYears' | 'dscValidityYears'
>;

export interface NewSigner {
  kid: string;
  alg: SignerAlg;
  notAfter: Date;
}

/**
 * Certificates start an hour before they are made: a verifier whose clock is a little slow must
 * not find a signer "not yet valid" on the certificates it signed in its first minutes.
 */
const CLOCK_SKEW_MS = 3_600_000;
const backdated = (now: Date) => new Date(now.getTime() - CLOCK_SKEW_MS);

function yearsAfter(date: Date, years: number): Date {
  const later = new Date(date);
  later.setUTCFullYear(later.getUTCFullYear() + years);
  return later;
}

/** A new DSC signed by the CSCA: key file, certificate file, database row, then current.json. */
async function addDsc(
  store: Store,
  settings: IssuerSettings,
  csca: { cert: x509.X509Certificate; key: CryptoKey; alg: SignerAlg },
  alg: SignerAlg,
  now: Date,
): Promise<NewSigner> {
  const notAfter = new Date(
    Math.min(yearsAfter(now, settings.dscValidityYears).getTime(), csca.cert.notAfter.getTime()),
  );
  const keys = await newKeyPair(alg);
  const cert = await makeDsc(csca, keys.publicKey, { notBefore: backdated(now), notAfter });
  const der = new Uint8Array(cert.rawData);
  const kid = bytesToBase64(await kidOf(der));
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  writePrivateKey(settings.dir, dscKeyFile(kid), pkcs8, settings.passphrase);
  writeCertificate(settings.dir, dscCertFile(kid), cert.toString('pem'));
  await signersRepo(store).add({
    kid,
    country: 'VN',
    der: Buffer.from(der).toString('base64'),
    not_before: cert.notBefore.toISOString(),
    not_after: cert.notAfter.toISOString(),
    source: 'own',
    added_at: now.toISOString(),
  });
  writeCurrent(settings.dir, { kid });
  return { kid, alg, notAfter: cert.notAfter };
}

export async function initIssuer(
  store: Store,
  settings: IssuerSettings,
  alg: SignerAlg,
  now: Date,
): Promise<NewSigner & { cscaFile: string }> {
  if (existsSync(path.join(settings.dir, CSCA_KEY)) || (await signersRepo(store).hasOwn())) {
    throw new IssuerError(
      `an issuer already exists (${settings.dir}): use issuer:rotate for a new signer; never delete it, certificates signed with it must still verify`,
    );
  }
  issuerFolder(settings.dir);
  const keys = await newKeyPair(alg);
  const cert = await makeCsca(alg, keys, {
    notBefore: backdated(now),
    notAfter: yearsAfter(now, settings.cscaValidityYears),
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  writePrivateKey(settings.dir, CSCA_KEY, pkcs8, settings.passphrase);
  writeCertificate(settings.dir, CSCA_CERT, cert.toString('pem'));
  const dsc = await addDsc(store, settings, { cert, key: keys.privateKey, alg }, alg, now);
  return { ...dsc, cscaFile: path.join(settings.dir, CSCA_CERT) };
}

async function loadCsca(settings: IssuerSettings) {
  const keyObject = readPrivateKey(settings.dir, CSCA_KEY, settings.passphrase);
  const cert = new x509.X509Certificate(readFileSync(path.join(settings.dir, CSCA_CERT), 'utf8'));
  return { cert, key: await signingKeyOf(keyObject), alg: algOfKey(keyObject) };
}

/** A new DSC becomes current; `alg` defaults to the CSCA's. */
export async function rotateSigner(
  store: Store,
  settings: IssuerSettings,
  alg: SignerAlg | undefined,
  now: Date,
): Promise<NewSigner> {
  const csca = await loadCsca(settings);
  if (csca.cert.notAfter <= now) {
    throw new IssuerError(
      `the CSCA expired on ${csca.cert.notAfter.toISOString()}: a new CSCA must be made and published to the EU gateway before new signers`,
    );
  }
  return addDsc(store, settings, csca, alg ?? csca.alg, now);
}
