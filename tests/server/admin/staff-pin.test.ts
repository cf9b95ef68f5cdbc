// Staff PINs: set by the admin commands, stored only as a verifier, pulled by tablets;
// the demo site's staff get fixed demo PINs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../sync-server/src/admin/commands';
import { outputOf } from '../../../sync-server/src/shared/admin-command';
import { AdminError } from '../../../sync-server/src/admin/admin-error';
import { seedDemoIfEmpty } from '../../../sync-server/src/seed/demo-seed';
import { verifyPin, type PinVerifier } from '../../../src/domain/pin';
import type { Staff } from '../../../src/domain/protocol';
import { pullAll } from '../helpers/api';
import { createTestDatabase } from '../helpers/test-database';
import { createTestApp, enrollDevice, NURSE, SITE, type TestApp } from '../helpers/test-app';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const run = async (name: string, options: Record<string, string>) =>
  outputOf(await COMMANDS[name]!.run(t.store, options)).lines;

async function pulledStaff(): Promise<Map<string, Staff>> {
  const device = await enrollDevice(t);
  const latest = new Map<string, Staff>();
  for (const page of await pullAll(t, device)) {
    for (const c of page.changes) if (c.entity === 'staff') latest.set(c.key, c.data);
  }
  return latest;
}

describe('staff:pin', () => {
  it('sets a random 6-digit PIN, shows it once and stores only its verifier', async () => {
    const out = await run('staff:pin', { site: SITE.id, staff: NURSE.id });
    const pin = /New PIN: (\d+)/.exec(out.join('\n'))?.[1];
    expect(pin).toMatch(/^\d{6}$/);
    const staff = await staffRepo(t.store).get(SITE.id, NURSE.id);
    expect(staff?.pin).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 200_000 });
    expect(await verifyPin(pin!, staff!.pin!)).toBe(true);
    expect(JSON.stringify(staff)).not.toContain(`"${pin}"`);

    // Tablets pull the verifier with the staff member.
    const pulled = (await pulledStaff()).get(NURSE.id);
    expect(pulled).toEqual({ ...NURSE, pin: staff!.pin });
  });

  it('takes a given PIN without echoing it, and refuses bad input', async () => {
    const out = await run('staff:pin', { site: SITE.id, staff: NURSE.id, pin: '432109' });
    expect(out.join('\n')).not.toContain('432109');
    const verifier = (await staffRepo(t.store).get(SITE.id, NURSE.id))!.pin!;
    expect(await verifyPin('432109', verifier)).toBe(true);

    await expect(run('staff:pin', { site: SITE.id, staff: 'nobody' })).rejects.toThrow(/nobody/);
    await expect(
      run('staff:pin', { site: SITE.id, staff: NURSE.id, pin: '12a456' }),
    ).rejects.toThrow(AdminError);
    await expect(run('staff:pin', { site: 'nowhere', staff: NURSE.id })).rejects.toThrow(/nowhere/);
  });

  it.each(['1234', '12345'])(
    'refuses a PIN of fewer than 6 digits (%s), saying why',
    async (pin) => {
      const before = (await staffRepo(t.store).get(SITE.id, NURSE.id))?.pin;
      await expect(run('staff:pin', { site: SITE.id, staff: NURSE.id, pin })).rejects.toThrow(
        '--pin must be 6 to 8 digits (a shorter PIN is too easy to guess); choose a longer one, ' +
          'or leave out --pin for a random 6-digit PIN',
      );
      const base = { site: SITE.id, id: 'V8', name: 'Tình nguyện viên Lan', role: 'volunteer' };
      await expect(run('staff:add', { ...base, pin })).rejects.toThrow(/6 to 8 digits/);
      expect((await staffRepo(t.store).get(SITE.id, NURSE.id))?.pin).toEqual(before);
      expect(await staffRepo(t.store).get(SITE.id, 'V8')).toBeUndefined();
    },
  );
});

describe('staff:add', () => {
  it('adds staff with a PIN, and saving them again without --pin keeps it', async () => {
    const base = { site: SITE.id, id: 'V9', name: 'Tình nguyện viên Mai', role: 'volunteer' };
    await run('staff:add', { ...base, pin: '246810' });
    const first = (await staffRepo(t.store).get(SITE.id, 'V9'))!;
    expect(await verifyPin('246810', first.pin!)).toBe(true);

    await run('staff:create', { ...base, role: 'nurse' });
    const again = (await staffRepo(t.store).get(SITE.id, 'V9'))!;
    expect(again).toEqual({ id: 'V9', name: base.name, role: 'nurse', pin: first.pin });
    expect((await pulledStaff()).get('V9')).toEqual(again);
  });
});

describe('demo seed', () => {
  it('gives each demo staff member a fixed PIN and reports them to print', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vax-demo-'));
    const db = await createTestDatabase(dir);
    const store = await db.open();
    try {
      const seeded = await seedDemoIfEmpty(store, new Date(), 5);
      expect(seeded?.pins).toEqual([
        { pin: '111111', name: 'Nguyễn Hoàng Phúc', role: 'volunteer' },
        { pin: '222222', name: 'Trần Thị Mỹ Duyên', role: 'volunteer' },
        { pin: '333333', name: 'Lê Thị Thu Hà', role: 'nurse' },
        { pin: '444444', name: 'Phạm Văn Tài', role: 'nurse' },
        { pin: '555555', name: 'BS. Võ Minh Tuấn', role: 'doctor' },
        { pin: '666666', name: 'Huỳnh Ngọc Lan', role: 'admin' },
      ]);
      const nurse = await staffRepo(store).get('demo-site', 'demo-staff-3');
      expect(await verifyPin('333333', nurse!.pin as PinVerifier)).toBe(true);
      expect(await verifyPin('111111', nurse!.pin as PinVerifier)).toBe(false);
      for (let n = 1; n <= 6; n++) {
        expect((await staffRepo(store).get('demo-site', `demo-staff-${n}`))?.pin).toBeDefined();
      }
    } finally {
      await store.close();
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
