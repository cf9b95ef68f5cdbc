// `certificate:issue --id` and `certificate:verify` as an operator runs them (SQLite and
// PostgreSQL): the HC1 of a verified person, one line and exit 1 for a person without one, and a
// verdict as JSON for an HC1 text or a QR image, as of now or of another time.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initIssuer } from '../../../sync-server/src/certificates';
import { extractSource, reconcileAll, registryRepo } from '../../../sync-server/src/registry';
import { runAdmin, runAdminHere } from '../helpers/admin-cli';
import { push } from '../helpers/api';
import { issuerSettings } from '../helpers/dcc-issuer';
import { vaccinationVisit } from '../helpers/visits';
import { IN_REGISTRY, RECORDED } from '../helpers/registry';
import { createTestApp, enrollDevice, type TestApp } from '../helpers/test-app';

const LAN = IN_REGISTRY.lan;

let t: TestApp;
/** The database, and the issuer folder in DATA_DIR, for the admin process. */
let db: { env: Record<string, string> };
beforeEach(async () => {
  t = await createTestApp({ issuer: true });
  db = { env: { ...t.db.env, DATA_DIR: t.dataDir } };
  await initIssuer(t.store, issuerSettings(t.dataDir), 'ES256', new Date());
  await t.store.transaction((tx) =>
    registryRepo(tx).replace(Object.values(IN_REGISTRY), '2026-12-01T00:00:00.000Z'),
  );
  const records = vaccinationVisit(RECORDED.lan, '2026-10-01', 1);
  await push(t, await enrollDevice(t), records);
  await reconcileAll(t.store, extractSource(t.store));
});
afterEach(() => t.close());

describe('certificate:issue and certificate:verify', () => {
  it('prints the HC1 of a verified person, which verifies from a QR image', async () => {
    const issued = await runAdmin(db, 'certificate:issue', '--id', LAN.idNumber);
    expect(issued.code).toBe(0);
    const hc1 = issued.out.trim().split('\n').at(-1)!;
    expect(hc1).toMatch(/^HC1:[0-9A-Z $%*+\-./:]+$/);

    // A PNG named .txt: recognised by its bytes.
    const image = path.join(t.dataDir, 'certificate.txt');
    writeFileSync(image, await QRCode.toBuffer(hc1, { errorCorrectionLevel: 'Q' }));
    const verified = await runAdmin(db, 'certificate:verify', image);
    expect(verified.code).toBe(0);
    const verdict = JSON.parse(verified.out.trim().split('\n').at(-1)!);
    expect(verdict).toMatchObject({ valid: true, reason: 'ok', payload: { iss: 'VN' } });
    expect(verdict.payload.dcc.nam).toMatchObject({ fnt: 'NGUYEN', gnt: 'THI<LAN' });

    // As of a time before it was issued, and after it expires: refused, saying so.
    const early = await runAdminHere(db, 'certificate:verify', hc1, '--at', '2020-01-01T00:00:00Z');
    expect(early.code).toBe(1);
    expect(JSON.parse(early.out)).toMatchObject({ valid: false, reason: 'not-yet-valid' });
    const late = await runAdminHere(db, 'certificate:verify', hc1, '--at', '2040-01-01T00:00:00Z');
    expect(JSON.parse(late.out)).toMatchObject({ valid: false });
    expect(JSON.parse(late.out).reason).toMatch(/expired/);
  }, 120_000);

  it('says in one line why there is no certificate, and refuses what is not an HC1', async () => {
    const none = await runAdminHere(db, 'certificate:issue', '--id', IN_REGISTRY.nam.idNumber);
    expect(none.code).toBe(1);
    expect(none.out).toBe('');
    expect(none.err.trim().split('\n')).toEqual([
      'Error: no certificate: no dose is recorded for this ID number',
    ]);
    const bad = await runAdminHere(db, 'certificate:verify', 'HC1:not base45 at all!');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ valid: false, reason: 'base45' });
    const badAt = await runAdminHere(db, 'certificate:verify', 'HC1:X', '--at', 'yesterday');
    expect(badAt.err).toContain('--at must be an ISO time');
  });
});
