// The issuer folder (DATA_DIR/issuer, mode 0700): the private keys as PKCS#8 PEM (mode 0600,
// encrypted when ISSUER_KEY_PASSPHRASE is set), the public certificates beside them, and
// `current.json`, which names the signer the issuing service signs with. Nothing here ever
// reaches the database, a log or an answer.
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { IssuerError } from './issuer-error';

export const CSCA_KEY = 'csca.key.pem';
export const CSCA_CERT = 'csca.crt.pem';
export const CURRENT = 'current.json';
/** A kid as file names can carry it (base64 has `/`). */
const kidHex = (kid: string): string => Buffer.from(kid, 'base64').toString('hex');
export const dscKeyFile = (kid: string) => `dsc-${kidHex(kid)}.key.pem`;
export const dscCertFile = (kid: string) => `dsc-${kidHex(kid)}.crt.pem`;

/** Which DSC signs now; `kid` null after the current one was revoked and before a rotation. */
export interface CurrentSigner {
  kid: string | null;
  revoked?: string;
}

/** Runs a file-system step; a failure says which file and what to do. */
function onDisk<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new IssuerError(
      code === 'EEXIST'
        ? `${file} exists already (another issuer command at the same time?): nothing was overwritten`
        : `cannot write ${file} (${code}): make DATA_DIR writable for this user`,
    );
  }
}

export function issuerFolder(dir: string): void {
  onDisk(dir, () => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // A folder made earlier by hand may be wider than mkdir's mode.
    chmodSync(dir, 0o700);
  });
}

/** Writes a new key file; never over an existing one (flag wx). */
export function writePrivateKey(
  dir: string,
  name: string,
  pkcs8: ArrayBuffer,
  passphrase?: string,
): void {
  const pem = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }).export({
    type: 'pkcs8',
    format: 'pem',
    ...(passphrase && { cipher: 'aes-256-cbc', passphrase }),
  });
  const file = path.join(dir, name);
  onDisk(file, () => writeFileSync(file, pem, { mode: 0o600, flag: 'wx' }));
}

export function writeCertificate(dir: string, name: string, pem: string): void {
  const file = path.join(dir, name);
  onDisk(file, () => writeFileSync(file, `${pem}\n`, { mode: 0o644, flag: 'wx' }));
}

export function readPrivateKey(dir: string, name: string, passphrase?: string): KeyObject {
  const file = path.join(dir, name);
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch {
    throw new IssuerError(
      `cannot read the key file ${file}: restore the issuer folder from its backup, or run issuer:init on a new server`,
    );
  }
  const encrypted = pem.includes('BEGIN ENCRYPTED PRIVATE KEY');
  if (encrypted && !passphrase) {
    throw new IssuerError(`${file} is encrypted: set ISSUER_KEY_PASSPHRASE to its passphrase`);
  }
  try {
    return createPrivateKey(encrypted ? { key: pem, passphrase } : { key: pem });
  } catch {
    throw new IssuerError(
      `cannot open ${file}: ${encrypted ? 'ISSUER_KEY_PASSPHRASE is not its passphrase' : 'it is not a PKCS#8 private key'}`,
    );
  }
}

/** Replaces current.json in one rename, so a reader sees the old pointer or the new, never half. */
export function writeCurrent(dir: string, current: CurrentSigner): void {
  const file = path.join(dir, CURRENT);
  onDisk(file, () => {
    writeFileSync(`${file}.tmp`, JSON.stringify(current), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  });
}

export function readCurrent(dir: string): CurrentSigner {
  const file = path.join(dir, CURRENT);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new IssuerError(`no issuer in ${dir}: run \`npm run admin -- issuer:init\``);
  }
  let parsed: Partial<CurrentSigner> | undefined;
  try {
    parsed = JSON.parse(text) as Partial<CurrentSigner>;
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.kid !== null && typeof parsed.kid !== 'string')) {
    throw new IssuerError(`${file} is damaged: restore it from the issuer folder's backup`);
  }
  return { kid: parsed.kid, ...(parsed.revoked && { revoked: parsed.revoked }) };
}
