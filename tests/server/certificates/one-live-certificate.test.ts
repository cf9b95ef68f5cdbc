// `certificate:issue` racing the issuer (SQLite and PostgreSQL): both read a verified person
// without a certificate and both sign; the database keeps one live certificate, the loser's write
// is refused, and the command prints the HC1 of the one that stands. So for a re-issue: the old
// certificate is superseded once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  certificateCommands,
  certificateLedger,
  certificatesRepo,
  initIssuer,
  issuerKeys,
  issuingSigner,
  revokeSigner,
  rotateSigner,
} from '../../../sync-server/src/certificates';
import { issueRun } from '../../../sync-server/src/certificates/issue-run';
import { lookAgain } from '../../../sync-server/src/certificates/look-again';
import { subjectsRepo } from '../../../sync-server/src/certificates/subjects-repo';
import { outputOf } from '../../../sync-server/src/shared/admin-command';
import { extractSource, reconcileAll, registryRepo } from '../../../sync-server/src/registry';
import { doseHistoryChangesRepo } from '../../../sync-server/src/sync';
import type { Store } from '../../../sync-server/src/store/store';
import { push } from '../helpers/api';
import { issuerSettings } from '../helpers/dcc-issuer';
import { IN_REGISTRY, RECORDED } from '../helpers/registry';
import { createTestApp, enrollDevice, type TestApp } from '../helpers/test-app';
import { vaccinationVisit } from '../helpers/visits';

const LAN = IN_REGISTRY.lan.idNumber;

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await t.store.transaction((tx) =>
    registryRepo(tx).replace(Object.values(IN_REGISTRY), '2026-12-01T00:00:00.000Z'),
  );
  await push(t, await enrollDevice(t), vaccinationVisit(RECORDED.lan, '2026-10-01', 1));
  await reconcileAll(t.store, extractSource(t.store));
  // The app's own issuer (which has no keys here) stops: the test's two writers are the race.
  await t.app.close();
  await initIssuer(t.store, issuerSettings(t.dataDir), 'ES256', new Date());
  vi.stubEnv('DATA_DIR', t.dataDir);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await t.close();
});

/** Holds each writer at its write until both have read and signed. */
function meetBeforeWriting(store: Store): void {
  const write = store.transaction.bind(store);
  let arrived = 0;
  let release!: () => void;
  const both = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(store, 'transaction').mockImplementation(async (fn) => {
    if (++arrived === 2) release();
    await both;
    return write(fn);
  });
}

/** The issuer (here, its lookAgain) and the command at once; resolves with the command's lines. */
async function race(): Promise<string[]> {
  meetBeforeWriting(t.store);
  const signer = issuingSigner(t.store, issuerKeys(issuerSettings(t.dataDir)), {
    validityDays: 365,
  });
  const command = certificateCommands((message) => new Error(message))['certificate:issue']!;
  const [, printed] = await Promise.all([
    lookAgain(
      t.store,
      { signer, ledger: certificateLedger },
      [{ citizenId: LAN, version: -1 }],
      new Date(),
    ),
    command.run(t.store, { id: LAN }),
  ]);
  return outputOf(printed).lines;
}

/** The person's one live certificate, which the command printed and the issuer keeps in force. */
async function expectOneLive(printed: string[]) {
  const history = await certificatesRepo(t.store).history(LAN);
  const live = history.filter((c) => c.revoked_at === null);
  expect(live).toHaveLength(1);
  expect(printed).toEqual([live[0]!.hc1]);
  expect((await subjectsRepo(t.store).get([LAN])).get(LAN)).toMatchObject({
    uvci: live[0]!.uvci,
    notSignable: null,
  });
  return { live: live[0]!, history };
}

describe('one live certificate per person, when certificate:issue and the issuer race', () => {
  it('for a first certificate: one is written, the other refused', async () => {
    const { history } = await expectOneLive(await race());
    expect(history).toHaveLength(1);
  });

  it('for a re-issue: the old one is superseded once, by the one in force', async () => {
    const [first] = await race();
    vi.restoreAllMocks();
    // Its key revoked after a rotation: both writers re-issue it with the new signer.
    const settings = issuerSettings(t.dataDir);
    const { kid } = (await certificatesRepo(t.store).history(LAN))[0]!;
    await rotateSigner(t.store, settings, undefined, new Date());
    await revokeSigner(t.store, settings, kid, 'key leaked', new Date());
    const { live, history } = await expectOneLive(await race());
    expect(live.reason).toBe('key-revoked');
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({
      hc1: first,
      revoke_reason: 'superseded',
      superseded_by: live.uvci,
    });
  });

  it('mends a kept state that lost track of the live certificate, and signs nothing more', async () => {
    await race();
    vi.restoreAllMocks();
    const [live] = await certificatesRepo(t.store).history(LAN);
    // As a racing writer that read no certificate could have left it (or one kept before 019).
    const kept = (await subjectsRepo(t.store).get([LAN])).get(LAN)!;
    await subjectsRepo(t.store).put([{ ...kept, uvci: null }]);
    await t.store.transaction((tx) => doseHistoryChangesRepo(tx).mark([LAN], new Date()));

    const signer = issuingSigner(t.store, issuerKeys(issuerSettings(t.dataDir)), {
      validityDays: 365,
    });
    const run = () => issueRun(t.store, { signer, ledger: certificateLedger, lagMs: 0 });
    // The person is looked at and mended, not refused and looked at again and again.
    let runs = 0;
    while ((await run()) > 0) expect(++runs).toBeLessThan(3);
    expect(await certificatesRepo(t.store).history(LAN)).toEqual([live]);
    expect((await subjectsRepo(t.store).get([LAN])).get(LAN)).toMatchObject({
      uvci: live!.uvci,
      notSignable: null,
    });
  });
});
