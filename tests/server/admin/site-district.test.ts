// `site:create --district` and `site:district`: a site's district is its 3-digit code, stored with
// the site; anything else is refused, saying what a district code is, and nothing is written.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runAdminHere } from '../helpers/admin-cli';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import type { Store } from '../../../sync-server/src/store/store';

let db: TestDatabase;
let store: Store;
beforeAll(async () => {
  db = await createTestDatabase(mkdtempSync(path.join(tmpdir(), 'vax-admin-')));
  store = await db.open();
});
afterAll(async () => {
  await store.close();
  await db.drop();
});

const create = (id: string, ...more: string[]) =>
  runAdminHere(db, 'site:create', '--id', id, '--name', `Trạm ${id}`, '--province', '79', ...more);
const districtOf = async (id: string) =>
  (await store.db.selectFrom('sites').select('district').where('id', '=', id).executeTakeFirst())
    ?.district;

it('stores the district given, and none when none is given', async () => {
  const q1 = await create('q1', '--district', '760');
  expect(q1).toMatchObject({ code: 0, out: 'Site q1 created (district 760)\n' });
  expect(await districtOf('q1')).toBe('760');
  expect((await create('plain')).out).toBe('Site plain created\n');
  expect(await districtOf('plain')).toBeNull();
});

it.each([
  ['76', /--district "76": Must be the district's code: 3 digits, not 2 \(e\.g\. 760/],
  ['0760', /--district "0760": Must be the district's code: 3 digits, not 4/],
  ['Quận 1', /--district "Quận 1": Must be the district's code: 3 digits \(e\.g\. 760/],
  ['', /--district is required/],
])('refuses --district %j and creates no site', async (value, message) => {
  const run = await create('bad', '--district', value);
  expect(run.code).toBe(1);
  expect(run.err).toMatch(message);
  expect(await districtOf('bad')).toBeUndefined();
});

it('gives an existing site its district, or moves it, and refuses an unknown site or code', async () => {
  await create('later');
  expect(
    await runAdminHere(db, 'site:district', '--site', 'later', '--district', '769'),
  ).toMatchObject({ code: 0, out: 'Site later is in district 769\n' });
  expect(await districtOf('later')).toBe('769');
  const bad = await runAdminHere(db, 'site:district', '--site', 'later', '--district', '7690');
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/--district "7690": Must be the district's code: 3 digits, not 4/);
  expect(await districtOf('later')).toBe('769');
  const unknown = await runAdminHere(db, 'site:district', '--site', 'nowhere', '--district', '760');
  expect(unknown.code).toBe(1);
  expect(unknown.err).toMatch(/no site "nowhere"; create it with site:create/);
});
