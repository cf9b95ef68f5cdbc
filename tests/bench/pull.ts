// Pull of 200,000 registrations into IndexedDB, in Debian's Chromium, through the real UI.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../e2e/playwright.config';
import { startServer } from '../e2e/support/server';

const REGISTRATIONS = Number(process.env.BENCH_PULL_REGISTRATIONS ?? 200_000);

export async function benchPull(port: number): Promise<string> {
  process.env.DEMO_REGISTRATIONS = String(REGISTRATIONS);
  const server = await startServer(undefined, port);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByLabel('Mã đăng ký').fill(server.enrollmentCode);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
    await page.locator('progress').first().waitFor({ timeout: 30_000 });
    const sawProgress = Date.now() - t0;
    await page.getByLabel('Số CCCD/CMND').waitFor({ timeout: 300_000 });
    const seconds = (Date.now() - t0) / 1000;
    return (
      `pull of ${REGISTRATIONS} registrations into IndexedDB (Chromium, enroll click → check-in ` +
      `screen): ${seconds.toFixed(1)} s (progress bar after ${sawProgress} ms) — target ≤ 15 s`
    );
  } finally {
    delete process.env.DEMO_REGISTRATIONS;
    await browser.close();
    await server.stop();
  }
}
