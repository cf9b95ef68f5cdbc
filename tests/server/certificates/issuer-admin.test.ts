// The issuer's admin commands run for real (own process) beside a running app on the same
// database and DATA_DIR: each takes effect in the app, and in a loaded issuerKeys, with no restart.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { certificateCommands, issuerKeys } from '../../../sync-server/src/certificates';
import { runAdmin } from '../helpers/admin-cli';
import { foreignSigner, issuerSettings } from '../helpers/dcc-issuer';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
afterEach(() => t.close());

interface TrustList {
  certificates: { kid: string; country: string }[];
}

// Six runs of the command, a process each (tsx compiles the server every time): on a machine busy
// with other work each took up to 17 s.
describe('npm run admin -- issuer:* and trust-list:import', { timeout: 240_000 }, () => {
  it('init, rotate, import and revoke-kid reach the running server', async () => {
    t = await createTestApp();
    const env = { env: { ...t.db.env, DATA_DIR: t.dataDir } };
    const admin = (...args: string[]) => runAdmin(env, ...args);
    const kids = async () =>
      (await t.app.inject({ method: 'GET', url: '/dcc/trust-list' }))
        .json<TrustList>()
        .certificates.map((c) => c.kid);

    const init = await admin('issuer:init');
    expect(init.code, init.err).toBe(0);
    const first = /signer kid (\S+) \(ES256\)/.exec(init.out)?.[1];
    expect(init.out).toContain('Private keys NOT encrypted');
    expect(await kids()).toEqual([first]);
    const keys = issuerKeys(issuerSettings(t.dataDir));
    expect(keys.currentSigner().kid).toBe(first);

    const again = await admin('issuer:init', '--alg', 'PS256');
    expect(again.code).toBe(1);
    expect(again.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^Error: an issuer already exists .*use issuer:rotate/),
    ]);

    const rotate = await admin('issuer:rotate');
    expect(rotate.code, rotate.err).toBe(0);
    const second = /New signer kid (\S+) \(ES256\)/.exec(rotate.out)?.[1];
    expect(await kids()).toEqual([first, second]);
    expect(keys.currentSigner().kid).toBe(second);

    const de = await foreignSigner('DE');
    const file = path.join(t.dataDir, 'eu.json');
    writeFileSync(
      file,
      JSON.stringify({
        certificates: [
          { kid: de.kid, country: 'DE', certificateType: 'DSC', rawData: de.rawData },
          { kid: first, country: 'DE', certificateType: 'DSC', rawData: de.rawData },
        ],
      }),
    );
    const imported = await admin('trust-list:import', file);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out.trim().split('\n')).toEqual([
      `entry 1: refused: kid ${first} does not match the certificate (its kid is ${de.kid})`,
      '1 added, 0 already known, 0 of them expired (kept, to verify the past), 1 refused',
    ]);
    expect(await kids()).toContain(de.kid);

    const revoke = await admin('issuer:revoke-kid', '--kid', second!);
    expect(revoke.code, revoke.err).toBe(0);
    expect(revoke.out).toContain('It was the current signer: run issuer:rotate');
    const revocations = await t.app.inject({ method: 'GET', url: '/dcc/revocation-list' });
    expect(revocations.json<{ kids: string[] }>().kids).toEqual([second]);
    expect(() => keys.currentSigner()).toThrow(/was revoked/);
  });

  it('encrypts with ISSUER_KEY_PASSPHRASE, and a rotation without it says what is missing', async () => {
    t = await createTestApp();
    const base = { ...t.db.env, DATA_DIR: t.dataDir };
    const init = await runAdmin(
      { env: { ...base, ISSUER_KEY_PASSPHRASE: 's3cret passphrase' } },
      'issuer:init',
    );
    expect(init.code, init.err).toBe(0);
    expect(init.out).toContain('Private keys encrypted with ISSUER_KEY_PASSPHRASE');
    expect(init.out + init.err).not.toContain('s3cret');

    const rotate = await runAdmin({ env: base }, 'issuer:rotate');
    expect(rotate.code).toBe(1);
    expect(rotate.err.trim()).toMatch(
      /^Error: .*csca\.key\.pem is encrypted: set ISSUER_KEY_PASSPHRASE/,
    );
  });
});

it('refuses bad options before touching anything', async () => {
  t = await createTestApp();
  const commands = certificateCommands((message) => new Error(message));
  const run = (name: string, o: Record<string, string>) => commands[name]!.run(t.store, o);
  await expect(run('issuer:init', { alg: 'RS256' })).rejects.toThrow(
    /--alg must be ES256 or PS256, got "RS256"/,
  );
  await expect(run('issuer:revoke-kid', { kid: 'nope' })).rejects.toThrow(
    /--kid must be a base64 kid/,
  );
  await expect(run('trust-list:import', {})).rejects.toThrow(/give the file/);
  await expect(
    run('trust-list:import', { file: path.join(t.dataDir, 'none.pem') }),
  ).rejects.toThrow(/cannot read .*none\.pem/);
  expect((await t.app.inject({ method: 'GET', url: '/dcc/trust-list' })).json()).toEqual({
    certificates: [],
  });
});
