// A newcomer finds an ID to type at the desk: a few are printed at the first start, and
// `registrations:list` prints more at any time.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isoWithOffset, localDateOf } from '../../../src/domain/time';
import { COMMANDS } from '../../../sync-server/src/admin/commands';
import { seedDemoIfEmpty } from '../../../sync-server/src/seed/demo-seed';
import { createTestApp, OTHER_SITE, SITE, type TestApp } from '../helpers/test-app';
import { createTestDatabase } from '../helpers/test-database';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const list = (options: Record<string, string>) =>
  COMMANDS['registrations:list']!.run(t.store, options);

const registration = (code: string, id: string | undefined, sessionDate: string) => ({
  id: `id-${code}`,
  code,
  sessionDate,
  priorityGroup: '9',
  citizen: { fullName: `Người ${code}`, dob: '1985-04-12', sex: 'M' as const, ...(id && { id }) },
  previousDoses: [],
});

it("lists a site's registrations with the ID to type, of one day and up to a limit", async () => {
  await registrationsRepo(t.store).put(SITE.id, [
    registration('REG001', '001085123456', '2026-11-23'),
    registration('REG002', undefined, '2026-11-23'),
    registration('REG003', '001085123457', '2026-11-24'),
  ]);
  await registrationsRepo(t.store).put(OTHER_SITE.id, [
    registration('REG009', '001085123459', '2026-11-23'),
  ]);
  expect(await list({ site: SITE.id, date: '2026-11-23' })).toEqual([
    '001085123456  Người REG001  born 1985-04-12  session 2026-11-23  code REG001',
    '(no ID: use the slip code)  Người REG002  born 1985-04-12  session 2026-11-23  code REG002',
  ]);
  expect(await list({ site: SITE.id, limit: '1' })).toHaveLength(1);
  await expect(list({ site: SITE.id, date: '2026-12-01' })).rejects.toThrow('no registrations');
  await expect(list({ site: SITE.id, limit: '0' })).rejects.toThrow('--limit');
  await expect(list({ site: 'nowhere' })).rejects.toThrow('nowhere');
});

it("prints, at the first start, adults of today's demo session who have an ID", async () => {
  const db = await createTestDatabase(mkdtempSync(path.join(tmpdir(), 'vax-demo-cit-')));
  const store = await db.open();
  try {
    const now = new Date('2026-12-06T18:30:00Z'); // already 7 December in Vietnam
    const seeded = await seedDemoIfEmpty(store, now, 50);
    expect(seeded?.citizens).toHaveLength(3);
    for (const r of seeded!.citizens) {
      expect(r.sessionDate).toBe(localDateOf(isoWithOffset(now, 7 * 60)));
      expect(r.citizen.id).toMatch(/^\d{12}$/);
      expect(r.citizen.guardian).toBeUndefined();
      const stored = await registrationsRepo(store).list(seeded!.siteId, { code: r.code });
      expect(stored[0]?.citizen.id).toBe(r.citizen.id);
    }
  } finally {
    await store.close();
    await db.drop();
  }
});
