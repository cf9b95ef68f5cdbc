// `operator:add` and the demo operators: accounts are created with a generated password
// shown once, and that password (never stored) signs them in. Operators can be disabled, enabled
// and given a new password.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminError } from '../../../sync-server/src/admin/admin-error';
import { outputOf } from '../../../sync-server/src/shared/admin-command';
import { COMMANDS } from '../../../sync-server/src/admin/commands';
import { seedDemoIfEmpty } from '../../../sync-server/src/seed/demo-seed';
import { signInOperator } from '../../../sync-server/src/operators/sign-in';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createTestDatabase } from '../helpers/test-database';
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const add = async (options: Record<string, string>) =>
  outputOf(await COMMANDS['operator:add']!.run(t.store, options)).lines;

describe('operator:add', () => {
  it('creates an operator and prints a password that signs them in', async () => {
    const lines = await add({ username: 'hcm-1', name: 'Nguyễn Thị Hồng', scope: 'province:79' });
    expect(lines[0]).toBe('Operator hcm-1 created (province:79)');
    const password = /^Password: (\S{16})$/.exec(lines[1]!)?.[1];
    expect(password).toBeDefined();
    const ok = await signInOperator(t.store, 'hcm-1', password!, new Date());
    expect(ok).toMatchObject({
      ok: true,
      operator: {
        id: 'hcm-1',
        name: 'Nguyễn Thị Hồng',
        scope: { kind: 'province', province: '79' },
      },
    });
    expect(await signInOperator(t.store, 'hcm-1', 'wrong', new Date())).toEqual({ ok: false });
    const stored = JSON.stringify(await operatorsRepo(t.store).forSignIn('hcm-1'));
    expect(stored).not.toContain(password);
  });

  it('refuses a bad scope, an unknown site, a taken username', async () => {
    const base = { username: 'op', name: 'Op' };
    await expect(add({ ...base, scope: 'city:1' })).rejects.toThrow(AdminError);
    await expect(add({ ...base, scope: 'site:NOPE' })).rejects.toThrow('no site "NOPE"');
    await expect(add({ ...base, username: 'Bad Name', scope: 'national' })).rejects.toThrow(
      AdminError,
    );
    await add({ ...base, scope: 'site:S1' });
    await expect(add({ ...base, scope: 'national' })).rejects.toThrow('already exists');
  });
});

describe('operator:disable, operator:enable and operator:password', () => {
  const run = async (command: string, username: string) =>
    outputOf(await COMMANDS[command]!.run(t.store, { username })).lines;
  const passwordOf = (lines: string[]) => /^Password: (\S{16})$/.exec(lines[1]!)![1]!;
  const signIn = (password: string) => signInOperator(t.store, 'hcm-1', password, new Date());

  it('stops sign-in and ends open sessions, then restores sign-in', async () => {
    const password = passwordOf(
      await add({ username: 'hcm-1', name: 'Nguyễn Thị Hồng', scope: 'province:79' }),
    );
    const session = await signIn(password);
    expect(session.ok).toBe(true);
    const token = session.ok ? session.token : '';

    expect(await run('operator:disable', 'HCM-1')).toEqual([
      'Operator hcm-1 disabled; their sessions have ended and they can no longer sign in',
    ]);
    expect(await operatorsRepo(t.store).bySession(token, new Date())).toBeUndefined();
    expect(await signIn(password)).toEqual({ ok: false });

    await run('operator:enable', 'hcm-1');
    expect((await signIn(password)).ok).toBe(true);
    // The session ended by disabling stays ended.
    expect(await operatorsRepo(t.store).bySession(token, new Date())).toBeUndefined();
  });

  it('gives a new password, shown once; the old one and its sessions stop working', async () => {
    const old = passwordOf(await add({ username: 'hcm-1', name: 'Hồng', scope: 'national' }));
    const session = await signIn(old);
    const lines = await run('operator:password', 'hcm-1');
    const fresh = passwordOf(lines);
    expect(fresh).not.toBe(old);
    expect(await signIn(old)).toEqual({ ok: false });
    expect((await signIn(fresh)).ok).toBe(true);
    expect(
      await operatorsRepo(t.store).bySession(session.ok ? session.token : '', new Date()),
    ).toBeUndefined();
    expect(JSON.stringify(await operatorsRepo(t.store).forSignIn('hcm-1'))).not.toContain(fresh);
  });

  it('refuses an unknown username and leaves the others alone', async () => {
    const password = passwordOf(await add({ username: 'hcm-1', name: 'Hồng', scope: 'national' }));
    for (const command of ['operator:disable', 'operator:enable', 'operator:password']) {
      await expect(run(command, 'nobody')).rejects.toThrow('no operator "nobody"');
    }
    expect((await signIn(password)).ok).toBe(true);
  });
});

describe('demo operators', () => {
  it('seeds a national and a province operator with random passwords to print', async () => {
    const db = await createTestDatabase(mkdtempSync(path.join(tmpdir(), 'vax-demo-op-')));
    const store = await db.open();
    try {
      const seeded = await seedDemoIfEmpty(store, new Date(), 5);
      expect(seeded?.operators.map((o) => o.username)).toEqual(['demo-national', 'demo-province']);
      for (const o of seeded!.operators) {
        const outcome = await signInOperator(store, o.username, o.password, new Date());
        expect(outcome.ok).toBe(true);
      }
      const [national, provincial] = seeded!.operators;
      // Drawn at random, never a password known in advance.
      expect(national!.password).toMatch(/^\S{16}$/);
      expect(national!.password).not.toBe(provincial!.password);
      const province = await signInOperator(
        store,
        'demo-province',
        provincial!.password,
        new Date(),
      );
      expect(province.ok && province.operator.scope).toEqual({
        kind: 'province',
        province: 'Hồ Chí Minh',
      });
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
