// `certificate:issue --id` and `certificate:verify`: the same code as the server. Issue looks at the
// person now, as the issuer would, and prints the certificate in force, or one line saying why
// there is none (exit 1). Verify reads an HC1 text, a text file or a QR image (PNG or JPEG, known by
// its bytes), checks it against this platform's trust and revocation lists as of now or `--at`, and
// prints {"valid","reason","kid","payload"}; exit 0 only when valid.
import { readFileSync, statSync } from 'node:fs';
import { readRevocationList, readTrustList, verifyHc1 } from '../../../src/domain/dcc';
import { loadConfig } from '../config';
import type { Command } from '../shared/admin-command';
import type { Store } from '../store/store';
import { historiesOf } from '../sync';
import { issuerKeys } from './issuer-keys';
import { certificateLedger, issuingSigner } from './issuing';
import { lookAgain } from './look-again';
import { imageKind, readQrImage } from './qr-image';
import { notSignableWords } from './not-signable-words';
import type { NotSignableReason } from './subject';
import { subjectsRepo } from './subjects-repo';
import { revocationList, trustList } from './trust-lists';

/** One line per reason, in the staff's words of the one table (not-signable-words.ts). */
const WHY_NOT = Object.fromEntries(
  Object.entries(notSignableWords('en', 'staff')).map(([r, why]) => [
    r,
    `not yet signable: ${why}`,
  ]),
) as Record<NotSignableReason, string>;

/** An HC1 or a QR image is a few KB; a file far bigger is not one. */
const MAX_INPUT_BYTES = 4 * 1024 * 1024;

async function issue(store: Store, idNumber: string): Promise<{ hc1?: string; why?: string }> {
  const { issuer } = loadConfig();
  const signer = issuingSigner(store, issuerKeys(issuer), {
    validityDays: issuer.certificateDays,
    ...(issuer.authority && { issuer: issuer.authority }),
  });
  // Version -1 clears no waiting change: the server's issuer still looks at it, harmlessly.
  await lookAgain(
    store,
    { signer, ledger: certificateLedger },
    [{ citizenId: idNumber, version: -1 }],
    new Date(),
  );
  const subject = (await subjectsRepo(store).get([idNumber])).get(idNumber);
  if (subject?.notSignable) return { why: WHY_NOT[subject.notSignable] };
  if (subject?.uvci) return { hc1: (await certificateLedger.find(store, subject.uvci))?.hc1 };
  const [history] = await historiesOf(store, [idNumber]);
  if (!history || history.data.doses.length === 0) {
    return { why: 'no certificate: no dose is recorded for this ID number' };
  }
  return { why: WHY_NOT['identity-pending'] };
}

function readInput(input: string, fail: (message: string) => Error): Uint8Array | string {
  if (input.startsWith('HC1:')) return input;
  let size: number;
  try {
    size = statSync(input).size;
  } catch {
    throw fail(`${input} is neither an HC1 text nor a readable file`);
  }
  if (size > MAX_INPUT_BYTES) throw fail(`${input} is over 4 MB: not a certificate`);
  return readFileSync(input);
}

export function certificateUseCommands(fail: (message: string) => Error): Record<string, Command> {
  return {
    'certificate:issue': {
      usage: '--id ID_NUMBER   (prints the HC1 of the certificate in force, or why there is none)',
      options: ['id'],
      async run(store, o) {
        const id = o.id?.trim() ?? '';
        if (!/^(\d{12}|\d{9})$/.test(id)) {
          throw fail('give the ID number, 12 (or 9) digits: certificate:issue --id 001090012345');
        }
        const { hc1, why } = await issue(store, id);
        if (!hc1) throw fail(why ?? 'no certificate');
        return [hc1];
      },
    },
    'certificate:verify': {
      usage:
        'HC1_TEXT | FILE.png | FILE.jpg | FILE.txt [--at ISO_TIME]   (JSON; exit 0 only when valid)',
      options: ['input', 'at'],
      positional: 'input',
      async run(store, o) {
        const input = o.input?.trim();
        if (!input) throw fail('give an HC1 text or a file: certificate:verify FILE.png');
        const clock = o.at === undefined ? new Date() : new Date(o.at);
        if (
          o.at !== undefined &&
          (!/^\d{4}-\d\d-\d\dT/.test(o.at) || Number.isNaN(clock.getTime()))
        ) {
          throw fail(`--at must be an ISO time such as 2026-12-07T08:00:00Z, got "${o.at}"`);
        }
        const read = readInput(input, fail);
        let text: string;
        if (typeof read === 'string') text = read;
        else if (imageKind(read)) text = (await readQrImage(read)) ?? '';
        else text = Buffer.from(read).toString('utf8').trim();
        const result = await verifyHc1(text, {
          signers: readTrustList(await trustList(store)).signers,
          revocation: readRevocationList(await revocationList(store)),
          clock,
        });
        const { valid, reason, kid, payload } = result;
        return {
          lines: [JSON.stringify({ valid, reason, kid, payload })],
          exitCode: valid ? 0 : 1,
        };
      },
    },
  };
}
