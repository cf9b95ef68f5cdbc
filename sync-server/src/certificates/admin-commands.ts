// The certificate issuer's admin commands, spread into the admin's list (admin/commands.ts). The
// admin room imports this one, so it hands in its own error for bad input (`fail`, exit code 1).
import { readFileSync, statSync } from 'node:fs';
import { loadConfig } from '../config';
import type { Command } from '../shared/admin-command';
import { certificateUseCommands } from './certificate-commands';
import { IssuerError } from './issuer-error';
import { SIGNER_ALGS, type SignerAlg } from './issuer-certs';
import { initIssuer, rotateSigner } from './issuer';
import { revokeSigner } from './revoke-signer';
import { importTrustList } from './trust-list-import';

/** A trust list of every EU country is about 2 MB; far more is not one. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const KID = /^[A-Za-z0-9+/]{11}=$/;

function readBounded(file: string, fail: (message: string) => Error): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw fail(`cannot read ${file}`);
  }
  if (size > MAX_FILE_BYTES) throw fail(`${file} is over 20 MB: not a trust list`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw fail(`cannot read ${file}`);
  }
}

export function certificateCommands(fail: (message: string) => Error): Record<string, Command> {
  const alg = (value: string | undefined): SignerAlg | undefined => {
    if (value === undefined) return undefined;
    const found = SIGNER_ALGS.find((a) => a === value);
    if (!found) throw fail(`--alg must be ES256 or PS256, got "${value}"`);
    return found;
  };
  /** Runs an issuer step; its refusals become the command's one-line error. */
  const refusing = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (err) {
      if (err instanceof IssuerError) throw fail(err.message);
      throw err;
    }
  };
  return {
    ...certificateUseCommands(fail),
    'issuer:init': {
      usage: '[--alg ES256|PS256]   (the country signing CA and its first document signer)',
      options: ['alg'],
      async run(store, o) {
        const chosen = alg(o.alg) ?? 'ES256';
        const settings = loadConfig().issuer;
        const dsc = await refusing(() => initIssuer(store, settings, chosen, new Date()));
        return [
          `Issuer created in ${settings.dir}: signer kid ${dsc.kid} (${dsc.alg}), valid until ${dsc.notAfter.toISOString()}`,
          `CSCA certificate to publish: ${dsc.cscaFile}`,
          settings.passphrase
            ? 'Private keys encrypted with ISSUER_KEY_PASSPHRASE: back up the folder and the passphrase'
            : 'Private keys NOT encrypted (ISSUER_KEY_PASSPHRASE unset): back up the folder and keep it private',
        ];
      },
    },
    'issuer:rotate': {
      usage: "[--alg ES256|PS256]   (a new document signer; default: the CSCA's algorithm)",
      options: ['alg'],
      async run(store, o) {
        const chosen = alg(o.alg);
        const dsc = await refusing(() =>
          rotateSigner(store, loadConfig().issuer, chosen, new Date()),
        );
        return [
          `New signer kid ${dsc.kid} (${dsc.alg}) signs from now on, valid until ${dsc.notAfter.toISOString()}; earlier signers stay in the trust list`,
        ];
      },
    },
    'issuer:revoke-kid': {
      usage:
        '--kid KID [--reason TEXT]   (a leaked or lost signer: its kid goes to the revocation list)',
      options: ['kid', 'reason'],
      async run(store, o) {
        const kid = o.kid?.trim() ?? '';
        if (!KID.test(kid)) {
          throw fail(
            '--kid must be a base64 kid as in GET /dcc/trust-list (12 characters, e.g. AbCdEfGhIjk=)',
          );
        }
        const reason = o.reason?.trim() || 'key compromised';
        const r = await refusing(() =>
          revokeSigner(store, loadConfig().issuer, kid, reason, new Date()),
        );
        return [
          `Signer ${kid} revoked: its kid is in GET /dcc/revocation-list`,
          r.wasCurrent
            ? `${r.toReissue} live certificates carry it: the issuing service re-issues them (reason key-revoked) once a new signer exists`
            : `${r.toReissue} live certificates carry it: the issuing service re-issues them with the current signer (reason key-revoked) within a minute`,
          ...(r.wasCurrent
            ? ['It was the current signer: run issuer:rotate; nothing is signed until then']
            : []),
        ];
      },
    },
    'trust-list:import': {
      usage: 'FILE   (document signers as PEM, or a trust-list JSON; or --file FILE)',
      options: ['file'],
      positional: 'file',
      async run(store, o) {
        const file = o.file?.trim();
        if (!file) throw fail('give the file: trust-list:import FILE');
        const text = readBounded(file, fail);
        const r = await refusing(() => importTrustList(store, text, new Date()));
        return [
          ...r.refused.map((x) => `${x.where}: refused: ${x.reason}`),
          `${r.added} added, ${r.known} already known, ${r.expired} of them expired (kept, to verify the past), ${r.refused.length} refused`,
        ];
      },
    },
  };
}
