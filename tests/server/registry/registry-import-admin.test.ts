// `npm run admin -- registry:import FILE` on SQLite or PostgreSQL: refused rows and the summary on
// stdout, progress on stderr, exit code 1 only for a file that cannot be imported at all. The
// first import runs as a real process; the other runs call the command in this process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryRepo } from '../../../sync-server/src/registry';
import { runAdmin, runAdminHere } from '../helpers/admin-cli';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let dir: string;
let db: TestDatabase;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vax-registry-admin-'));
  db = await createTestDatabase(dir);
});
afterEach(async () => {
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const admin = (...args: string[]) => runAdminHere(db, ...args);

function extract(content: string): string {
  const file = path.join(dir, 'extract.csv');
  writeFileSync(file, content);
  return file;
}

describe('npm run admin -- registry:import', { timeout: 60_000 }, () => {
  it('imports the extract, prints each refused row and the summary, and exits 0', async () => {
    const file = extract(
      [
        '\uFEFFfull_name,id_number,dob,sex,province_code',
        'Nguyễn Văn An,079080001234,1980-06-15,Nam,79',
        'Trần Thị Bình,79190004321,1990,Nữ,79',
        'Lê Văn Cường,079045000777,1945,M,7',
        'Phạm Thị Dung,001190004321,1990-02,F,01',
      ].join('\r\n'),
    );
    const run = await runAdmin(db, 'registry:import', file);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      'line 3, column id_number: must be 12 digits, got 11 (a leading 0 lost in a spreadsheet?)',
      'line 4, column province_code: must be 2 digits, got "7"',
      'Read 4 rows: 2 imported (2 new, 0 updated), 2 refused',
      '',
    ]);
    expect(run.err).toMatch(/registry:import 100% \(0\.0 of 0\.0 MB read\)/);

    const again = await admin('registry:import', '--file', file);
    expect(again.out).toMatch(/^Read 4 rows: 2 imported \(0 new, 2 updated\), 2 refused$/m);
    const store = await db.open();
    try {
      const stored = await registryRepo(store).byIds(['079080001234', '001190004321']);
      expect(stored.map((p) => p.fullName).sort()).toEqual(['Nguyễn Văn An', 'Phạm Thị Dung']);
    } finally {
      await store.close();
    }
  });

  it('exits 1 with the reason when a required column is missing or the file cannot be read', async () => {
    const missing = await admin(
      'registry:import',
      extract('id_number,full_name\n079080001234,An\n'),
    );
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toMatch(
      /^Error: the header lacks required columns dob, sex, province_code \(it has: id_number, full_name\); nothing imported$/m,
    );
    const unreadable = await admin('registry:import', path.join(dir, 'nope.csv'));
    expect(unreadable).toMatchObject({ code: 1, out: '' });
    expect(unreadable.err).toMatch(/^Error: cannot read .*nope\.csv$/m);
  });
});
