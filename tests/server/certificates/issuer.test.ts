// The issuer's keys (docs/operations.md, "Certificate signing keys"): init writes a CSCA and a
// DSC to the issuer folder (0700, keys 0600, encrypted with a passphrase when given) and only the
// public DSC to the database; rotate and revoke change what signs, seen by issuerKeys at once.
import { X509Certificate, constants, verify } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  initIssuer,
  issuerKeys,
  revocationList,
  revokeSigner,
  rotateSigner,
  trustList,
} from '../../../sync-server/src/certificates';
import { CSCA_KEY, dscKeyFile } from '../../../sync-server/src/certificates/key-files';
import type { Store } from '../../../sync-server/src/store/store';
import { issuerSettings } from '../helpers/dcc-issuer';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
afterEach(() => t.close());

/** Every row of every table, as text: what a dump of the database would hold. */
async function dumpOf(store: Store, kind: 'sqlite' | 'postgres'): Promise<string> {
  const tables =
    kind === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
          store.db,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
          store.db,
        );
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql`select * from ${sql.table(name)}`.execute(store.db);
    parts.push(JSON.stringify(rows.rows));
  }
  return parts.join('\n');
}

/** The PKCS#8 body of an unencrypted PEM key file: the secret a dump must never hold. */
function keyBody(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/-----[A-Z ]+-----/g, '')
    .replace(/\s+/g, '');
}

const mode = (file: string) => statSync(file).mode & 0o777;
const toBeSigned = new TextEncoder().encode('Sig_structure bytes');

describe('issuer:init', { timeout: 60_000 }, () => {
  it('writes the keys to the issuer folder only, and lists the DSC', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir);
    const dsc = await initIssuer(t.store, settings, 'ES256', new Date());

    expect(mode(settings.dir)).toBe(0o700);
    const files = readdirSync(settings.dir).sort();
    expect(files).toEqual(
      [
        CSCA_KEY,
        'csca.crt.pem',
        'current.json',
        dscKeyFile(dsc.kid),
        dscKeyFile(dsc.kid).replace('.key.', '.crt.'),
      ].sort(),
    );
    for (const f of files.filter((f) => f.endsWith('.key.pem'))) {
      expect(mode(path.join(settings.dir, f)), f).toBe(0o600);
    }
    const dump = await dumpOf(t.store, t.db.kind);
    for (const f of [CSCA_KEY, dscKeyFile(dsc.kid)]) {
      const body = keyBody(path.join(settings.dir, f));
      expect(body.length).toBeGreaterThan(100);
      expect(dump).not.toContain(body);
      // Nor any long piece of it (a key re-encoded inside other JSON).
      expect(dump).not.toContain(body.slice(40, 80));
    }

    const list = await trustList(t.store);
    expect(list.certificates).toEqual([
      expect.objectContaining({ kid: dsc.kid, country: 'VN', certificateType: 'DSC' }),
    ]);
    const cert = new X509Certificate(Buffer.from(list.certificates[0]!.rawData, 'base64'));
    const csca = new X509Certificate(readFileSync(path.join(settings.dir, 'csca.crt.pem')));
    expect(csca.ca).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.verify(csca.publicKey)).toBe(true);
    expect(cert.keyUsage).toEqual(['1.3.6.1.4.1.1847.2021.1.2']);
    expect(cert.subject).toMatch(/^C=VN$/m);
    const years = (new Date(cert.validTo).getTime() - Date.now()) / (365.25 * 86_400_000);
    expect(years).toBeCloseTo(2, 1);
    // Backdated an hour, for verifiers whose clock is a little slow.
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(Date.now() - 59 * 60_000);
  });

  it('encrypts the keys with the passphrase; without it they cannot be opened', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir, 'correct horse battery staple');
    const dsc = await initIssuer(t.store, settings, 'ES256', new Date());

    const pem = readFileSync(path.join(settings.dir, dscKeyFile(dsc.kid)), 'utf8');
    expect(pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(issuerKeys(settings).currentSigner().kid).toBe(dsc.kid);
    expect(() => issuerKeys({ dir: settings.dir }).currentSigner()).toThrow(
      /is encrypted: set ISSUER_KEY_PASSPHRASE/,
    );
    expect(() => issuerKeys({ ...settings, passphrase: 'wrong' }).currentSigner()).toThrow(
      /ISSUER_KEY_PASSPHRASE is not its passphrase/,
    );
  });

  it('refuses a second issuer, in the folder or in the database', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir);
    await initIssuer(t.store, settings, 'ES256', new Date());
    await expect(initIssuer(t.store, settings, 'ES256', new Date())).rejects.toThrow(
      /an issuer already exists .*use issuer:rotate/,
    );
    // Another host's empty folder on the same database: still one issuer only.
    const elsewhere = issuerSettings(path.join(t.dataDir, 'other-host'));
    await expect(initIssuer(t.store, elsewhere, 'ES256', new Date())).rejects.toThrow(
      /an issuer already exists/,
    );
    expect((await trustList(t.store)).certificates).toHaveLength(1);
  });
});

describe('signing', { timeout: 60_000 }, () => {
  it('signs ES256 as raw r||s, verified with the listed DSC', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir);
    const dsc = await initIssuer(t.store, settings, 'ES256', new Date());
    const signer = issuerKeys(settings).currentSigner();
    expect(signer).toMatchObject({ kid: dsc.kid, alg: 'ES256' });
    const signature = signer.sign(toBeSigned);
    expect(signature).toHaveLength(64);
    const [entry] = (await trustList(t.store)).certificates;
    const key = new X509Certificate(Buffer.from(entry!.rawData, 'base64')).publicKey;
    expect(verify('sha256', toBeSigned, { key, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
    expect(
      verify('sha256', Buffer.from('other'), { key, dsaEncoding: 'ieee-p1363' }, signature),
    ).toBe(false);
  });

  it('signs PS256 with RSA-PSS, salt length 32', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir);
    await initIssuer(t.store, settings, 'PS256', new Date());
    const signer = issuerKeys(settings).currentSigner();
    expect(signer.alg).toBe('PS256');
    const signature = signer.sign(toBeSigned);
    expect(signature).toHaveLength(384);
    const [entry] = (await trustList(t.store)).certificates;
    const key = new X509Certificate(Buffer.from(entry!.rawData, 'base64')).publicKey;
    const pss = (saltLength: number) => ({
      key,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength,
    });
    expect(verify('sha256', toBeSigned, pss(32), signature)).toBe(true);
    expect(verify('sha256', toBeSigned, pss(20), signature)).toBe(false);
  });
});

describe('rotate and revoke', { timeout: 60_000 }, () => {
  it('rotates: both DSCs listed, the new one signs, seen by a loaded issuerKeys', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir);
    const first = await initIssuer(t.store, settings, 'ES256', new Date());
    const keys = issuerKeys(settings, { recheckMs: 0 });
    expect(keys.currentSigner().kid).toBe(first.kid);

    const second = await rotateSigner(t.store, settings, undefined, new Date());
    expect(second.kid).not.toBe(first.kid);
    expect(second.alg).toBe('ES256');
    expect((await trustList(t.store)).certificates.map((c) => c.kid)).toEqual([
      first.kid,
      second.kid,
    ]);
    expect(keys.currentSigner().kid).toBe(second.kid);
  });

  it('revokes a kid: listed as revoked, kept in the trust list, and nothing signs until a rotation', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir);
    const first = await initIssuer(t.store, settings, 'ES256', new Date());
    let clock = 0;
    // current.json is looked at once a second at most: the revocation shows at the next look.
    const keys = issuerKeys(settings, { now: () => clock });
    keys.currentSigner();

    const revoked = await revokeSigner(t.store, settings, first.kid, 'key leaked', new Date());
    expect(revoked).toEqual({ wasCurrent: true, toReissue: 0 });
    expect((await revocationList(t.store)).kids).toEqual([first.kid]);
    expect((await trustList(t.store)).certificates.map((c) => c.kid)).toEqual([first.kid]);
    clock = 999;
    expect(keys.currentSigner().kid).toBe(first.kid);
    clock = 1000;
    expect(() => keys.currentSigner()).toThrow(/was revoked .*issuer:rotate/);
    // And it stays refused between looks, never falling back to the revoked key.
    clock = 1001;
    expect(() => keys.currentSigner()).toThrow(/was revoked/);
    await expect(revokeSigner(t.store, settings, first.kid, 'again', new Date())).rejects.toThrow(
      /revoked already/,
    );
    await expect(
      revokeSigner(t.store, settings, 'AAAAAAAAAAA=', 'unknown', new Date()),
    ).rejects.toThrow(/no signer with kid AAAAAAAAAAA=/);

    const next = await rotateSigner(t.store, settings, undefined, new Date());
    clock = 2001;
    expect(keys.currentSigner().kid).toBe(next.kid);
  });

  it('refuses to rotate without an issuer, saying what to do', async () => {
    t = await createTestApp();
    await expect(
      rotateSigner(t.store, issuerSettings(t.dataDir), undefined, new Date()),
    ).rejects.toThrow(/cannot read the key file .*issuer:init/);
    expect(() => issuerKeys(issuerSettings(t.dataDir)).currentSigner()).toThrow(
      /no issuer in .*issuer:init/,
    );
  });
});
