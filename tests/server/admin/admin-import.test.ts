import type { LocalDate } from '../../../src/domain/local-date';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importRegistrations } from '../../../sync-server/src/admin/import-registrations';
import { pullAll } from '../helpers/api';
import { createTestApp, enrollDevice, SITE, type TestApp } from '../helpers/test-app';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const CSV = [
  'code,full_name,dob,sex,id_number,phone',
  'REG001,Nguyễn Văn An,1985-04-12,M,001085123456,0912345678',
  'REG002,Trần Thị Bình,not-a-date,F,001190123456,',
  'REG003,Lê Thị Cúc,1990-02-03,F,001190654321,',
].join('\n');

it('stores the good rows, reports the bad ones, and makes them pullable', async () => {
  const report = await importRegistrations(t.store, SITE.id, CSV, {
    sessionDate: '2026-11-23' as LocalDate,
  });
  expect(report.imported).toBe(2);
  expect(report.errors).toEqual([expect.objectContaining({ line: 3 })]);
  expect(await registrationsRepo(t.store).count(SITE.id)).toBe(2);

  const device = await enrollDevice(t);
  const registrations = (await pullAll(t, device))
    .flatMap((p) => p.changes)
    .filter((c) => c.entity === 'registration');
  expect(registrations.map((c) => c.data)).toEqual([
    expect.objectContaining({ code: 'REG001', sessionDate: '2026-11-23' }),
    expect.objectContaining({ code: 'REG003' }),
  ]);
});

it('importing a corrected file again updates the same registrations instead of adding twins', async () => {
  await importRegistrations(t.store, SITE.id, CSV, { sessionDate: '2026-11-23' as LocalDate });
  const corrected = CSV.replace('Nguyễn Văn An', 'Nguyễn Văn Ân');
  const report = await importRegistrations(t.store, SITE.id, corrected, {
    sessionDate: '2026-11-24' as LocalDate,
  });
  expect(report.imported).toBe(2);
  expect(await registrationsRepo(t.store).count(SITE.id)).toBe(2);

  const device = await enrollDevice(t);
  const changes = (await pullAll(t, device))
    .flatMap((p) => p.changes)
    .filter((c) => c.entity === 'registration');
  // The tablet sees both versions under one key; the later one wins.
  const latest = new Map(
    changes.map((c) => [c.key, c.data as { code: string; citizen: { fullName: string } }]),
  );
  expect([...latest.values()].map((r) => [r.code, r.citizen.fullName]).sort()).toEqual([
    ['REG001', 'Nguyễn Văn Ân'],
    ['REG003', 'Lê Thị Cúc'],
  ]);
});
