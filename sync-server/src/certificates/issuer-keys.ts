// The signing key the issuing service signs with, loaded from the issuer folder and reloaded when
// current.json changes (issuer:rotate or issuer:revoke-kid in another process): a running server
// signs with the new DSC from its next certificate on, without a restart. Signing is synchronous
// node:crypto, one call per certificate (the bench target is 10,000 signatures/s on 2 cores).
import { constants, sign, type KeyObject } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { IssuerSettings } from './issuer';
import { algOfKey, type SignerAlg } from './issuer-certs';
import { IssuerError } from './issuer-error';
import { CURRENT, dscKeyFile, readCurrent, readPrivateKey } from './key-files';

export interface IssuerSigner {
  kid: string;
  alg: SignerAlg;
  /** The COSE signature over Sig_structure bytes: ES256 raw r||s (64 bytes), PS256 RSA-PSS. */
  sign(toBeSigned: Uint8Array): Uint8Array;
}

function signerOf(kid: string, key: KeyObject): IssuerSigner {
  const alg = algOfKey(key);
  const options =
    alg === 'ES256'
      ? { key, dsaEncoding: 'ieee-p1363' as const }
      : { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  return { kid, alg, sign: (toBeSigned) => sign('sha256', toBeSigned, options) };
}

interface Version {
  ino: number;
  mtimeMs: number;
  size: number;
}

const sameVersion = (a: Version, b: Version) =>
  a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.size === b.size;

export interface IssuerKeys {
  /** The current DSC's signer; throws IssuerError when there is none (no issuer, revoked). */
  currentSigner(): IssuerSigner;
}

/**
 * How often current.json is looked at: signing thousands a second, a stat per signature would cost
 * a few percent; a rotation or a revocation is seen within this.
 */
export const RECHECK_MS = 1000;

export function issuerKeys(
  settings: Pick<IssuerSettings, 'dir' | 'passphrase'>,
  { recheckMs = RECHECK_MS, now = Date.now } = {},
): IssuerKeys {
  const pointer = path.join(settings.dir, CURRENT);
  let checkedAt = -Infinity;
  let loaded: (Version & { signer: IssuerSigner }) | undefined;
  return {
    currentSigner() {
      if (loaded && now() - checkedAt < recheckMs) return loaded.signer;
      checkedAt = now();
      // current.json is replaced by rename, so a new inode or mtime means news.
      const stat = statSync(pointer, { throwIfNoEntry: false });
      if (loaded && stat && sameVersion(loaded, stat)) return loaded.signer;
      // Changed or gone: the old signer never signs again, even if what follows fails.
      loaded = undefined;
      if (!stat)
        throw new IssuerError(`no issuer in ${settings.dir}: run \`npm run admin -- issuer:init\``);
      const { kid, revoked } = readCurrent(settings.dir);
      if (kid === null) {
        throw new IssuerError(
          `the signer ${revoked ?? ''} was revoked and none replaced it: run \`npm run admin -- issuer:rotate\``,
        );
      }
      const signer = signerOf(
        kid,
        readPrivateKey(settings.dir, dscKeyFile(kid), settings.passphrase),
      );
      loaded = { ino: stat.ino, mtimeMs: stat.mtimeMs, size: stat.size, signer };
      return signer;
    },
  };
}
