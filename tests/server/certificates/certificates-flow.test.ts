// Certificates end to end in the running app (SQLite and PostgreSQL): with issuer keys and a
// first reconcile done, a tablet pushes a verified person's dose and the app's own issuer signs a
// certificate within seconds, which the citizen page shows and which verifies against the app's
// public trust list; a second dose re-issues it, and the old UVCI's hash is in the revocation list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRevocationList, readTrustList, uciHash, verifyHc1 } from '../../../src/domain/dcc';
import { certificatesRepo, initIssuer } from '../../../sync-server/src/certificates';
import {
  extractSource,
  matchesRepo,
  reconcileAll,
  registryRepo,
} from '../../../sync-server/src/registry';
import { push } from '../helpers/api';
import { issuerSettings } from '../helpers/dcc-issuer';
import { addOperator, getAs, signInCookie } from '../helpers/operators';
import { vaccinationVisit } from '../helpers/visits';
import { IN_REGISTRY, RECORDED } from '../helpers/registry';
import { createTestApp, enrollDevice, type Device, type TestApp } from '../helpers/test-app';

const LAN = IN_REGISTRY.lan;

let t: TestApp;
let tablet: Device;
beforeEach(async () => {
  t = await createTestApp({ issuer: true });
  tablet = await enrollDevice(t);
  await initIssuer(t.store, issuerSettings(t.dataDir), 'ES256', new Date());
  await t.store.transaction((tx) =>
    registryRepo(tx).replace(Object.values(IN_REGISTRY), '2026-12-01T00:00:00.000Z'),
  );
  await reconcileAll(t.store, extractSource(t.store));
});
afterEach(() => t.close());

/** The person's live certificates once the issuer has signed `count` in all (60 s at most). */
async function certificates(count: number) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const history = await certificatesRepo(t.store).history(LAN.idNumber);
    if (history.length >= count || Date.now() > deadline) return history;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function lists() {
  const trust = await t.app.inject('/dcc/trust-list');
  const revocation = await t.app.inject('/dcc/revocation-list');
  return {
    signers: readTrustList(trust.json()).signers,
    revocation: readRevocationList(revocation.json()),
  };
}

describe('certificates in the running app', () => {
  it('signs, shows, verifies, re-issues and revokes without anyone asking', async () => {
    const firstVisit = vaccinationVisit(RECORDED.lan, '2026-10-01', 1);
    const pushed = await push(t, tablet, firstVisit);
    expect(pushed.body.results.every((r) => r.status === 'accepted')).toBe(true);
    const [first] = await certificates(1);
    expect(first).toMatchObject({
      id_number: LAN.idNumber,
      reason: 'first-issue',
      revoked_at: null,
    });

    const page = await t.app.inject({
      method: 'POST',
      url: '/certificate',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ idNumber: LAN.idNumber, dob: '01/05/1990' }).toString(),
    });
    expect(page.body).toContain(LAN.fullName);
    expect(page.body).toContain(first!.uvci);
    expect(page.body).toMatch(/<svg[^>]*viewBox/);

    const verified = await verifyHc1(first!.hc1, await lists());
    expect(verified).toMatchObject({ valid: true, reason: 'ok', kid: first!.kid });

    await push(t, tablet, vaccinationVisit(RECORDED.lan, '2026-11-01', 2));
    const history = await certificates(2);
    expect(history[0]).toMatchObject({ reason: 'new-dose', revoked_at: null });
    expect(history[1]).toMatchObject({
      uvci: first!.uvci,
      revoke_reason: 'superseded',
      superseded_by: history[0]!.uvci,
    });
    const now = await lists();
    expect([...now.revocation.hashes]).toContain(await uciHash(first!.uvci));

    // Operators see the history on the person's work-queue page: which UVCI, why, what replaced it.
    await addOperator(t, 'nat', { kind: 'national' });
    const cookie = await signInCookie(t, 'nat');
    const [key] = await matchesRepo(t.store).personKeysOf([firstVisit[0]!.id]);
    const person = await getAs(t, cookie, `/reports/registry/person/${key}?lang=en`);
    expect(person.statusCode).toBe(200);
    expect(person.body).toContain('Vaccination certificates');
    expect(person.body).toContain(`superseded by ${history[0]!.uvci}`);
    expect(person.body).toContain('new dose');
    expect(await verifyHc1(first!.hc1, now)).toMatchObject({
      valid: false,
      reason: 'revoked-certificate',
    });
    expect(await verifyHc1(history[0]!.hc1, now)).toMatchObject({ valid: true });
  }, 150_000);
});
