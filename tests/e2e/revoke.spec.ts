// A tablet revoked by an operator is refused at once; what it recorded stays queued on it, and the
// header says why it cannot send and offers the way back: a new enrollment code.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  confirmCheckin,
  enroll,
  expectNoAxeViolations,
  newEnrollmentCode,
  signIn,
  syncStatus,
} from './support/app';
import { registrationsToCheckIn, serverRecordIds } from './support/server-db';
import { deviceIdOf, outboxIds } from './support/tablet-store';

const root = path.resolve(import.meta.dirname, '../..');
const SHOTS = '/tmp/revoke-shots';

function revoke(deviceId: string): void {
  execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['sync-server/src/admin/cli.ts', 'device:revoke', '--device', deviceId],
    { cwd: root, env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, LOG_LEVEL: 'warn' } },
  );
}

test('a revoked tablet keeps its queued records and says it is refused', async ({ page }) => {
  await enroll(page);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });
  revoke(await deviceIdOf(page));

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
  const queued = await outboxIds(page);
  expect(onServer).not.toContain(queued[0]);
});

test('a revoked tablet enrolled again with a new code sends what it queued offline', async ({
  page,
  context,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await enroll(page);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });

  // Checked in with no network; the operator revokes the tablet meanwhile.
  await context.setOffline(true);
  const [person] = registrationsToCheckIn('demo-site', 1, 1850);
  await idField.fill(person!.citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await confirmCheckin(page, person!.citizen.fullName);
  await expect(syncStatus(page).queued).toHaveText('1');
  const [queuedId] = await outboxIds(page);
  revoke(await deviceIdOf(page));
  await context.setOffline(false);

  const status = page.getByRole('region', { name: 'Trạng thái đồng bộ' });
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(status).toContainText('thu hồi');
  const reenroll = status.getByRole('button', { name: 'Nhập mã đăng ký mới' });
  await expect(reenroll).toBeVisible();
  await expect(status.getByRole('button', { name: 'Xuất hồ sơ chưa gửi' })).toBeVisible();
  expect((await reenroll.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/revoked-1280x800.png` });

  await reenroll.click();
  await expect(page.getByRole('heading', { name: 'Đăng ký lại máy' })).toBeVisible();
  await expect(page.getByText('1 hồ sơ chưa gửi vẫn được giữ')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/reenroll-1280x800.png` });
  await page.getByLabel('Mã đăng ký').fill(newEnrollmentCode());
  await page.getByRole('button', { name: 'Đăng ký lại' }).click();

  // A new device of the same site: the record reaches the server, and work goes on signed in.
  await expect(syncStatus(page).queued).toHaveText('0', { timeout: 30_000 });
  expect(serverRecordIds('demo-site', 'checkin')).toContain(queuedId);
  await expect(status).not.toContainText('thu hồi');
  await expect(idField).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/after-1280x800.png` });
});
