// `registry:reconcile` and `registry:report` on SQLite or PostgreSQL, and a re-import that matches
// again whom it concerns. Each command runs once as a real process; the other runs call the same
// command in this process.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformPerson } from '../../../src/domain/registry/types';
import { storeCorpusCheckins } from '../../support/registry-checkins';
import { runAdmin, runAdminHere } from '../helpers/admin-cli';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const HEADER = 'id_number,full_name,dob,sex,province_code';

const PLATFORM: PlatformPerson[] = [
  {
    personKey: 'lan',
    recordIds: ['a', 'b'],
    idNumber: '079190001234',
    fullName: 'Nguyễn Thị Lan',
    dob: '1990-05-01',
    sex: 'F',
    provinceCode: '79',
  },
  {
    personKey: 'nam',
    recordIds: ['c'],
    idNumber: '079085004321',
    fullName: 'TRAN VAN NAM',
    dob: '1985-02-03',
    sex: 'M',
    provinceCode: '79',
  },
  {
    personKey: 'tu',
    recordIds: ['d'],
    idNumber: '079040000555',
    fullName: 'Phạm Văn Tư',
    dob: '1940-06-15',
    sex: 'M',
    provinceCode: '79',
  },
];

let dir: string;
let db: TestDatabase;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vax-reconcile-admin-'));
  db = await createTestDatabase(dir);
  const store = await db.open();
  await storeCorpusCheckins(store, PLATFORM, new Map());
  await store.close();
});
afterEach(async () => {
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const admin = (...args: string[]) => runAdminHere(db, ...args);
const asProcess = (...args: string[]) => runAdmin(db, ...args);

function extract(name: string, rows: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, [HEADER, ...rows].join('\n'));
  return file;
}

const report = async (runner = admin): Promise<Record<string, string>[]> => {
  const file = path.join(dir, 'report.csv');
  const run = await runner('registry:report', '--out', file);
  expect(run).toMatchObject({ code: 0, out: `Wrote ${PLATFORM.length} persons to ${file}\n` });
  return parse(readFileSync(file, 'utf8'), { columns: true });
};

describe('npm run admin -- registry:reconcile / registry:report', { timeout: 90_000 }, () => {
  it('matches everyone, reports them, and a re-import finds whom the first extract lacked', async () => {
    const first = extract('first.csv', [
      '079190001234,Nguyễn Thị Lan,1990-05-01,F,79',
      '079085004321,Trần Văn Nam,1985-02-03,M,79',
    ]);
    expect((await admin('registry:import', first)).code).toBe(0);
    const run = await asProcess('registry:reconcile');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^Matched 3 persons \(4 check-ins\) in \d+\.\d s: 1 verified, 1 mismatch, 0 ambiguous, 1 not found\n$/,
    );
    expect(run.err).toContain('registry:reconcile 100% (3 of 3 persons matched)');

    const rows = await report(asProcess);
    expect(Object.keys(rows[0]!)).toEqual([
      'person_key',
      'record_ids',
      'id_number',
      'full_name',
      'dob',
      'sex',
      'status',
      'registry_id',
      'differences',
    ]);
    const byId = new Map(rows.map((r) => [r.id_number, r]));
    expect(byId.get('079190001234')).toMatchObject({ status: 'verified', differences: '' });
    expect(byId.get('079190001234')!.record_ids!.split(' ')).toHaveLength(2);
    expect(byId.get('079085004321')).toMatchObject({
      status: 'mismatch',
      differences: 'full_name',
    });
    expect(byId.get('079040000555')).toMatchObject({ status: 'not-found', registry_id: '' });

    // The next extract has the elderly man, with only his birth year.
    const second = extract('second.csv', ['079040000555,Phạm Văn Tư,1940,M,79']);
    const again = await admin('registry:import', second);
    expect(again.out).toContain('Matched again 2 persons the import may concern');
    const after = new Map((await report()).map((r) => [r.id_number, r]));
    expect(after.get('079040000555')).toMatchObject({
      status: 'verified',
      registry_id: '079040000555',
    });
  });

  it('refuses a report without a place to write it, and one it cannot write, with exit code 1', async () => {
    expect(await admin('registry:report')).toMatchObject({
      code: 1,
      err: 'Error: say where to write the report: registry:report --out FILE.csv\n',
    });
    const nowhere = path.join(dir, 'no-such-folder', 'report.csv');
    const run = await admin('registry:report', '--out', nowhere);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`cannot write ${nowhere} (ENOENT)`);
  });
});
