// A tablet for the benches: Debian's Chromium on the app of a running sync-server, the enrollment
// code typed; `enroll()` taps the button and `ready()` signs the volunteer in at the check-in desk.
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../e2e/playwright.config';
import { DEMO_STAFF, signIn } from '../e2e/support/app';

/** `initScript`: source text run in the page before the app, at every load. */
export async function openDesk(
  port: number,
  code: string,
  extraArgs: string[] = [],
  initScript?: string,
) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...chromiumArgs, ...extraArgs],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
  if (initScript) await page.addInitScript(initScript);
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByLabel('Mã đăng ký').fill(code);
  return {
    browser,
    page,
    enroll: () => page.getByRole('button', { name: 'Đăng ký thiết bị' }).click(),
    /** The first pull is done when the sign-in screen lists the staff. */
    pulled: (timeout = 300_000) =>
      page.getByRole('button', { name: DEMO_STAFF.volunteer.name }).waitFor({ timeout }),
    async ready(timeout = 300_000) {
      await page.getByRole('button', { name: DEMO_STAFF.volunteer.name }).waitFor({ timeout });
      await signIn(page);
      await page.getByLabel('Số CCCD/CMND').waitFor();
    },
  };
}
