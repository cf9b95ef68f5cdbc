// What the certificate bench signs (dcc-issue.ts and its workers): people as the seed makes them
// (names at their national frequencies, one to four doses of the vaccines Vietnam used), with the
// issuing service's own signer and the issuer's current document signer. One person's three doses
// are the sample the tablet verifies.
import type { CertificateFacts } from '../../src/domain/certificate-facts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { initIssuer, issuerKeys, issuingSigner } from '../../sync-server/src/certificates';
import type { SignerAlg } from '../../sync-server/src/certificates/issuer-certs';
import { createRandom } from '../../sync-server/src/seed/random';
import { randomFullName } from '../../sync-server/src/seed/vietnamese-names';
import { openStore, type Store } from '../../sync-server/src/store/store';

export const SAMPLE_ID = '079090001234';

export const SAMPLE_FACTS: CertificateFacts = {
  fullName: 'Nguyễn Đức Bảo Duy',
  dob: '1990-05-01',
  sex: 'M',
  doses: [
    { date: '2021-09-01', vaccine: 'AZ', doseNumber: 1 },
    { date: '2021-11-01', vaccine: 'AZ', doseNumber: 2 },
    { date: '2022-05-01', vaccine: 'PF', doseNumber: 3 },
  ],
};

const VACCINES = ['AZ', 'PF', 'MD', 'VC'] as const;

/** `count` people with their ID numbers, the same for a given seed. */
export function benchPeople(
  count: number,
  seed: number,
): { id: string; facts: CertificateFacts }[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, () => {
    const sex = rng.chance(0.5) ? 'M' : 'F';
    const year = rng.between(1940, 2010);
    const primary = rng.pick(VACCINES);
    const doses = Array.from({ length: rng.between(1, 4) }, (_, i) => ({
      date: `${2021 + (i >> 1)}-${String(1 + 5 * (i & 1) + rng.int(5)).padStart(2, '0')}-15`,
      vaccine: i < 2 ? primary : rng.pick(['PF', 'MD'] as const),
      doseNumber: i + 1,
    }));
    return {
      id: `0${rng.digits(11)}`,
      facts: {
        fullName: randomFullName(rng, sex, year),
        dob: `${year}-${String(rng.between(1, 12)).padStart(2, '0')}-${String(rng.between(1, 28)).padStart(2, '0')}`,
        sex,
        doses,
      },
    };
  });
}

/** The issuing service's signer (the whole path from facts to HC1) over the issuer of `dataDir`. */
export function benchSigner(dataDir: string) {
  const store = openStore({ kind: 'sqlite', dataDir });
  const keys = issuerKeys({ dir: path.join(dataDir, 'issuer') });
  return { signer: issuingSigner(store, keys, { validityDays: 365 }), close: () => store.close() };
}

/**
 * Runs `fn` over a fresh SQLite store in a temporary folder whose issuer (`<dataDir>/issuer`) has
 * a CSCA and a DSC of `alg`; the folder is gone afterwards.
 */
export async function withIssuer<T>(
  alg: SignerAlg,
  fn: (store: Store, dataDir: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vax-bench-issuer-'));
  const store = openStore({ kind: 'sqlite', dataDir });
  try {
    await store.migrate();
    const settings = {
      dir: path.join(dataDir, 'issuer'),
      cscaValidityYears: 10,
      dscValidityYears: 2,
    };
    await initIssuer(store, settings, alg, new Date());
    return await fn(store, dataDir);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
