// A record the server refuses lands in "Needs attention" with the server's reason in words, and
// does not hold up the records queued with it. The English UI passes the same checks.
import { expect, test } from '@playwright/test';
import { enroll, expectNoAxeViolations, signIn, syncStatus } from './support/app';
import { registrationsToCheckIn, serverRecordIds } from './support/server-db';

test('a refused record waits in Needs attention; the rest syncs', async ({ page }) => {
  await enroll(page);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });

  // A record for another site sits in the outbox, as if written by a tablet moved between sites.
  const foreignId = await page.evaluate(async () => {
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const record = {
      id,
      type: 'checkin',
      siteId: 'other-site',
      staffId: 'demo-staff-1',
      visitKey: `other-site:${now.slice(0, 10)}:079085000111`,
      occurredAt: now,
      data: {
        method: 'manual',
        citizen: { id: '079085000111', fullName: 'Đỗ Văn Xa', dob: '1985-01-01', sex: 'M' },
      },
    };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('vax-checkin');
      open.onsuccess = () => {
        const tx = open.result.transaction(['records', 'outbox'], 'readwrite');
        tx.objectStore('records').put(record);
        tx.objectStore('outbox').put({ id, queuedAt: now, attempts: 0, bytes: 400 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
    return id;
  });

  const [person] = registrationsToCheckIn('demo-site', 1, 700);
  await idField.fill(person!.citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  const warned = await page.getByText('Cần kiểm tra lại').isVisible();
  await page.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
  if (warned) await page.getByRole('button', { name: 'Vẫn xác nhận' }).click();

  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  const status = syncStatus(page);
  await expect(status.attention).toHaveText('1', { timeout: 30_000 });
  await expect(status.queued).toHaveText('0');
  expect(serverRecordIds('other-site', 'checkin')).toEqual([]);
  expect(serverRecordIds('demo-site', 'checkin')).not.toContain(foreignId);

  await page.getByTestId('sync-attention').click();
  await expect(page.getByRole('heading', { name: 'Hồ sơ cần xử lý' })).toBeVisible();
  await expect(page.getByText('Đỗ Văn Xa')).toBeVisible();
  await expect(page.getByText('Hồ sơ thuộc điểm tiêm khác.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The same screens in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('The record belongs to another site.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Back to check-in' }).click();
  await expect(page.getByLabel('ID number')).toBeVisible();
  const todayList = page.getByTestId('today-list');
  await expect(todayList).toContainText(person!.citizen.fullName);
  await expect(todayList).not.toContainText('Đỗ Văn Xa');
  await expectNoAxeViolations(page);
});
