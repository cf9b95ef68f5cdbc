// A new version is offered, never forced: while a record is being typed the update waits; once the
// desk is clear, one tap moves the app to the new service worker.
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { enroll, expectNoAxeViolations, signIn } from './support/app';
import { OWN_SERVER_PORTS, startServer, type RunningServer } from './support/server';

const PORT = OWN_SERVER_PORTS.update;

let server: RunningServer;
let staticDir: string;

test.beforeAll(async () => {
  // This server serves its own copy of the build, so the test can publish a "new version".
  staticDir = mkdtempSync(path.join(tmpdir(), 'vax-dist-'));
  cpSync(path.resolve(import.meta.dirname, '../../dist'), staticDir, { recursive: true });
  server = await startServer(undefined, PORT, staticDir);
});
test.afterAll(() => server.stop());

test('a waiting version is applied only when the person asks, with no form open', async ({
  page,
}) => {
  await enroll(page, server.enrollmentCode, `http://127.0.0.1:${PORT}/`);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const firstWorker = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL,
  );
  expect(firstWorker).toContain('/sw.js');

  // Someone starts typing an ID; meanwhile a new version is published and found.
  await idField.fill('0790');
  appendFileSync(path.join(staticDir, 'sw.js'), '\n// next version\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  const banner = page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới.' });
  await expect(banner).toBeVisible();
  const update = banner.getByRole('button', { name: 'Cập nhật' });
  await expect(update).toBeDisabled();
  await expect(banner).toContainText('Hãy lưu hoặc huỷ hồ sơ đang nhập trước khi cập nhật.');
  await expectNoAxeViolations(page);
  // Not forced: the typed text is still there and the new worker is still waiting.
  await page.waitForTimeout(1000);
  await expect(idField).toHaveValue('0790');
  expect(
    await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
  ).toBe(true);

  await idField.fill('');
  await expect(update).toBeEnabled();
  await Promise.all([page.waitForEvent('load'), update.click()]);
  await signIn(page);
  await expect(page.getByLabel('Số CCCD/CMND')).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: !!registration?.waiting, controlled: !!navigator.serviceWorker.controller };
    }),
  ).toEqual({ waiting: false, controlled: true });
});
