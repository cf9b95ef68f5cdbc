// A tablet revoked by an operator is refused at once; what it recorded stays queued on it, and the
// header says why it cannot send.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { confirmCheckin, enroll, signIn, syncStatus } from './support/app';
import { newestDeviceId, registrationsToCheckIn, serverRecordIds } from './support/server-db';

const root = path.resolve(import.meta.dirname, '../..');

test('a revoked tablet keeps its queued records and says it is refused', async ({ page }) => {
  await enroll(page);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });
  execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['sync-server/src/admin/cli.ts', 'device:revoke', '--device', newestDeviceId()],
    { cwd: root, env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, LOG_LEVEL: 'warn' } },
  );

  const [person] = registrationsToCheckIn('demo-site', 1, 1800);
  await idField.fill(person!.citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await confirmCheckin(page, person!.citizen.fullName);

  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(page.getByRole('region', { name: 'Trạng thái đồng bộ' })).toContainText('thu hồi');
  await expect(syncStatus(page).queued).toHaveText('1');
  const stored = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('vax-checkin');
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(stored).toBe(1);
  const onServer = serverRecordIds('demo-site', 'checkin');
  const queued = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('vax-checkin');
        open.onsuccess = () => {
          const keys = open.result.transaction('outbox').objectStore('outbox').getAllKeys();
          keys.onsuccess = () => resolve(keys.result as string[]);
        };
      }),
  );
  expect(onServer).not.toContain(queued[0]);
});
