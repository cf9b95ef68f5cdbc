// issuer:revoke-kid in the running app (SQLite and PostgreSQL): every live certificate of the
// revoked kid is re-issued by the app's own issuer with the current signer, reason 'key-revoked',
// superseding the old one, whose UVCI goes to the revocation list; when the revoked kid was the
// one signing, its holders wait, noted so, until issuer:rotate, and are re-issued then.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRevocationList, readTrustList, uciHash, verifyHc1 } from '../../../src/domain/dcc';
import {
  certificateCommands,
  certificatesRepo,
  certificateStanding,
  initIssuer,
  rotateSigner,
} from '../../../sync-server/src/certificates';
import { outputOf } from '../../../sync-server/src/shared/admin-command';
import type { DccCertificatesTable } from '../../../sync-server/src/store/schema';
import { extractSource, reconcileAll, registryRepo } from '../../../sync-server/src/registry';
import { push } from '../helpers/api';
import { issuerSettings } from '../helpers/dcc-issuer';
import { IN_REGISTRY, RECORDED } from '../helpers/registry';
import { createTestApp, enrollDevice, type TestApp } from '../helpers/test-app';
import { vaccinationVisit } from '../helpers/visits';

const PERSONS = [IN_REGISTRY.lan.idNumber, IN_REGISTRY.tu.idNumber];

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ issuer: true });
  // The admin command reads the issuer folder from DATA_DIR, as `npm run admin` does.
  vi.stubEnv('DATA_DIR', t.dataDir);
  await initIssuer(t.store, issuerSettings(t.dataDir), 'ES256', new Date());
  await t.store.transaction((tx) =>
    registryRepo(tx).replace(Object.values(IN_REGISTRY), '2026-12-01T00:00:00.000Z'),
  );
  const tablet = await enrollDevice(t);
  await push(t, tablet, [
    ...vaccinationVisit(RECORDED.lan, '2026-10-01', 1),
    ...vaccinationVisit(RECORDED.tu, '2026-10-01', 1),
  ]);
  await reconcileAll(t.store, extractSource(t.store));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await t.close();
});

/** Polls `check` until it answers (the issuer wakes every 5 s); the brief's bound is 60 s. */
async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`not within 60 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Each person's live certificate, once every person has one that `ok` accepts. */
const liveCertificates = (what: string, ok: (c: DccCertificatesTable) => boolean) =>
  until(what, async () => {
    const live = [];
    for (const id of PERSONS) {
      const history = await certificatesRepo(t.store).history(id);
      live.push(...history.filter((c) => c.revoked_at === null && ok(c)));
    }
    return live.length === PERSONS.length ? live : undefined;
  });

async function revokeKid(kid: string): Promise<string[]> {
  const commands = certificateCommands((message) => new Error(message));
  return outputOf(await commands['issuer:revoke-kid']!.run(t.store, { kid })).lines;
}

/** The old certificates are superseded by the new, and their UVCIs are in the revocation list. */
async function expectReplaced(old: DccCertificatesTable[], kid: string) {
  const replaced = await liveCertificates(`re-issued with ${kid}`, (c) => c.kid === kid);
  const revocation = readRevocationList((await t.app.inject('/dcc/revocation-list')).json());
  const signers = readTrustList((await t.app.inject('/dcc/trust-list')).json()).signers;
  for (const [i, now] of replaced.entries()) {
    expect(now).toMatchObject({ id_number: PERSONS[i], reason: 'key-revoked' });
    expect(await certificatesRepo(t.store).find(old[i]!.uvci)).toMatchObject({
      revoke_reason: 'superseded',
      superseded_by: now.uvci,
    });
    expect([...revocation.hashes]).toContain(await uciHash(old[i]!.uvci));
    expect(await verifyHc1(now.hc1, { signers, revocation })).toMatchObject({ valid: true, kid });
  }
  return replaced;
}

describe('after issuer:revoke-kid', { timeout: 180_000 }, () => {
  it('re-issues every live certificate of a revoked earlier kid with the current signer', async () => {
    const first = await liveCertificates('first certificates', () => true);
    const oldKid = first[0]!.kid;
    const next = await rotateSigner(t.store, issuerSettings(t.dataDir), undefined, new Date());

    expect(await revokeKid(oldKid)).toEqual([
      `Signer ${oldKid} revoked: its kid is in GET /dcc/revocation-list`,
      '2 live certificates carry it: the issuing service re-issues them with the current signer (reason key-revoked) within a minute',
    ]);
    await expectReplaced(first, next.kid);
    for (const id of PERSONS) {
      expect((await certificateStanding(t.store, id)).notSignable).toBeNull();
    }
  });

  it('holds the holders of a revoked current kid until issuer:rotate, then re-issues', async () => {
    const first = await liveCertificates('first certificates', () => true);
    const kid = first[0]!.kid;
    expect(await revokeKid(kid)).toEqual([
      `Signer ${kid} revoked: its kid is in GET /dcc/revocation-list`,
      '2 live certificates carry it: the issuing service re-issues them (reason key-revoked) once a new signer exists',
      'It was the current signer: run issuer:rotate; nothing is signed until then',
    ]);
    // The issuer looks at them, cannot sign, and notes them waiting; their certificate stays.
    await until('holders noted waiting for a signer', async () => {
      for (const id of PERSONS) {
        if ((await certificateStanding(t.store, id)).notSignable !== 'issuer-not-ready') return;
      }
      return true;
    });
    expect(await liveCertificates('unchanged', () => true)).toEqual(first);

    const next = await rotateSigner(t.store, issuerSettings(t.dataDir), undefined, new Date());
    await expectReplaced(first, next.kid);
    for (const id of PERSONS) {
      expect((await certificateStanding(t.store, id)).notSignable).toBeNull();
    }
  });
});
