// `operator:add` and the demo operators (issue 5): accounts are created with a generated password
// shown once, and that password (never stored) signs them in.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdminError } from '../../sync-server/src/admin/admin-error';
import { COMMANDS } from '../../sync-server/src/admin/commands';
import { seedDemoIfEmpty } from '../../sync-server/src/services/demo-seed';
import { signInOperator } from '../../sync-server/src/services/operator-sign-in';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createTestDatabase } from './helpers/test-database';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const add = (options: Record<string, string>) => COMMANDS['operator:add']!.run(t.store, options);

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
    const stored = JSON.stringify(await t.store.operators.forSignIn('hcm-1'));
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
