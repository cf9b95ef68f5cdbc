// A tablet for the benches: Debian's Chromium on the app of a running sync-server, the enrollment
// code typed; `enroll()` taps the button and `ready()` waits for the check-in desk.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../e2e/playwright.config';

export async function openDesk(port: number, code: string, extraArgs: string[] = []) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...chromiumArgs, ...extraArgs],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByLabel('Mã đăng ký').fill(code);
  return {
    browser,
    page,
    enroll: () => page.getByRole('button', { name: 'Đăng ký thiết bị' }).click(),
    ready: (timeout = 300_000) => page.getByLabel('Số CCCD/CMND').waitFor({ timeout }),
  };
}
