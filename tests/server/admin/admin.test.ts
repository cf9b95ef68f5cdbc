// The operator's admin command against a real database (SQLite file or PostgreSQL schema); what it
// stores is then seen through the API a tablet uses. One success and one refusal run as real
// processes (tsx, exit code, streams); the other runs call the same command in this process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../sync-server/src/app';
import { verifyPin } from '../../../src/domain/pin';
import type { EnrollResponse, PullResponse, Registration } from '../../../src/domain/protocol';
import { runAdmin, runAdminHere } from '../helpers/admin-cli';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';

const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});

/** A temp folder, and the test database (SQLite in that folder, or a PostgreSQL schema). */
async function workspace() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vax-admin-'));
  const db = await createTestDatabase(dataDir);
  databases.push(db);
  return { dataDir, db };
}

const admin = runAdminHere;

const CSV = [
  '\uFEFFcode,full_name,dob,sex,id_number,phone,address,priority_group,session_date,guardian_name,guardian_phone',
  'DK01,Nguyễn Văn An,15/06/1980,Nam,079080001234,0903123456,"12 Lê Lợi, Quận 1",1,,,',
  'DK02,Trần Thị Bình,1990-02-03,F,079190004321,+84 912 345 678,,2,2026-11-25,,',
  'DK03,Lê Văn Cường,not-a-date,M,079080009999,,,3,,,',
  'DK04,Phạm Thị Dung,2012-05-05,Nữ,079312000111,,,4,,,',
  'DK05,Hoàng Văn Em,2012-05-05,M,079212000222,,,4,,Hoàng Văn Phụ,0987654321',
].join('\r\n');

// Two real processes: on a busy CI machine that can take more than the default 30 s.
describe('npm run admin', { timeout: 60_000 }, () => {
  it('creates a site, staff, a lot and a code, imports a CSV, and a tablet pulls it all', async () => {
    const { dataDir, db } = await workspace();
    const file = path.join(dataDir, 'list.csv');
    writeFileSync(file, CSV);
    const ok = async (...args: string[]) => {
      const result = await admin(db, ...args);
      expect(result.code, result.err).toBe(0);
      return result.out;
    };

    await ok(
      'site:create',
      '--id',
      'hcm-01',
      '--name',
      'Trạm Y tế Bến Thành',
      '--province',
      'Hồ Chí Minh',
    );
    await ok(
      'staff:create',
      '--site',
      'hcm-01',
      '--id',
      'nv1',
      '--name',
      'Lê Thị Hoa',
      '--role',
      'nurse',
    );
    await ok(
      'lot:create',
      '--site',
      'hcm-01',
      '--lot',
      'AZ1',
      '--vaccine',
      'AZ',
      '--expiry',
      '2027-03-31',
      '--doses',
      '500',
    );
    const imported = await ok(
      'registrations:import',
      '--site',
      'hcm-01',
      '--file',
      file,
      '--session-date',
      '2026-11-24',
    );
    // Two bad rows, reported by line and field; the three good ones are stored.
    expect(imported).toMatch(/line 4\b.*dob/i);
    expect(imported).toMatch(/line 5\b.*guardian/i);
    expect(imported).toMatch(/3\b.*imported|imported.*\b3\b/i);
    // In its own process: the exit code and stdout of the real command.
    const created = await runAdmin(db, 'code:create', '--site', 'hcm-01');
    expect(created.code, created.err).toBe(0);
    const code = /Enrollment code: (\S+)/.exec(created.out)?.[1];
    expect(code).toBeDefined();

    const store = await db.open();
    const app = await buildApp({
      store,
      config: { staticDir: path.join(dataDir, 'dist') },
      logLevel: 'silent',
    });
    try {
      const enrolled = (
        await app.inject({
          method: 'POST',
          url: '/api/v1/enroll',
          payload: { code, deviceName: 'T1' },
        })
      ).json() as EnrollResponse;
      expect(enrolled.site).toEqual({
        id: 'hcm-01',
        name: 'Trạm Y tế Bến Thành',
        province: 'Hồ Chí Minh',
      });
      const page = (
        await app.inject({
          method: 'GET',
          url: '/api/v1/sync/pull?limit=100',
          headers: { authorization: `Bearer ${enrolled.token}` },
        })
      ).json() as PullResponse;
      expect(
        page.changes
          .map((c) => `${c.entity}:${c.key}`)
          .filter((k) => !k.startsWith('registration:')),
      ).toEqual(['staff:nv1', 'lot:AZ1']);
      const regs = page.changes
        .filter((c) => c.entity === 'registration')
        .map((c) => c.data as Registration);
      expect(regs.map((r) => [r.code, r.sessionDate]).sort()).toEqual([
        ['DK01', '2026-11-24'],
        ['DK02', '2026-11-25'],
        ['DK05', '2026-11-24'],
      ]);
      const an = regs.find((r) => r.code === 'DK01')!;
      expect(an.citizen).toMatchObject({
        id: '079080001234',
        dob: '1980-06-15',
        sex: 'M',
        phone: '0903123456',
        address: '12 Lê Lợi, Quận 1',
      });
      expect(regs.find((r) => r.code === 'DK02')!.citizen.phone).toBe('0912345678');
      expect(regs.find((r) => r.code === 'DK05')!.citizen.guardian).toEqual({
        name: 'Hoàng Văn Phụ',
        phone: '0987654321',
      });

      // Revoking the tablet refuses it at once.
      await ok('device:revoke', '--device', enrolled.deviceId);
      const refused = await app.inject({
        method: 'GET',
        url: '/api/v1/sync/pull',
        headers: { authorization: `Bearer ${enrolled.token}` },
      });
      expect(refused.statusCode).toBe(401);
    } finally {
      await app.close();
      await store.close();
    }
  });

  it('refuses bad input with a clear message and exit code 1', async () => {
    const { db } = await workspace();
    // In its own process: a refusal is exit code 1 and a message on stderr.
    const unknownSite = await runAdmin(db, 'code:create', '--site', 'nowhere');
    expect(unknownSite.code).toBe(1);
    expect(unknownSite.err).toMatch(/nowhere/);
    const badRole = await admin(db, 'site:create', '--id', 's', '--name', 'S', '--province', 'P');
    expect(badRole.code).toBe(0);
    const role = await admin(
      db,
      'staff:create',
      '--site',
      's',
      '--id',
      'x',
      '--name',
      'X',
      '--role',
      'pilot',
    );
    expect(role.code).toBe(1);
    expect(role.err).toMatch(/role/);
    const lot = ['lot:create', '--site', 's', '--lot', 'L1', '--vaccine', 'AZ', '--doses', '10'];
    const farExpiry = await admin(db, ...lot, '--expiry', '9999-12-31');
    expect(farExpiry.code).toBe(1);
    expect(farExpiry.err).toMatch(/--expiry .*9999-12-31.*outside 1900–2100/);
    expect((await admin(db, 'no:such')).code).toBe(1);
  });

  it('sets staff PINs: staff:add --pin, and staff:pin printing a new random PIN once', async () => {
    const { db } = await workspace();
    const ok = async (...args: string[]) => {
      const result = await admin(db, ...args);
      expect(result.code, result.err).toBe(0);
      return result.out;
    };
    await ok('site:create', '--id', 's1', '--name', 'Trạm 1', '--province', '79');
    const added = await ok(
      'staff:add',
      ...['--site', 's1', '--id', 'nv1', '--name', 'Lê Thị Hoa', '--role', 'nurse'],
      ...['--pin', '246813'],
    );
    expect(added).toMatch(/nv1.*PIN set/);
    expect(added).not.toContain('246813');
    const reset = await ok('staff:pin', '--site', 's1', '--staff', 'nv1');
    const pin = /New PIN: (\d{6})\b/.exec(reset)?.[1];
    expect(pin).toBeDefined();

    const store = await db.open();
    try {
      const verifier = (await staffRepo(store).get('s1', 'nv1'))?.pin;
      expect(await verifyPin(pin!, verifier!)).toBe(true);
      expect(await verifyPin('246813', verifier!)).toBe(false);
    } finally {
      await store.close();
    }
    const missing = await admin(db, 'staff:pin', '--site', 's1', '--staff', 'nobody');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nobody/);
  });
});
