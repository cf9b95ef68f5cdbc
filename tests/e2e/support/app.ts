// Steps and checks shared by the end-to-end specs.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserType, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';

const root = path.resolve(import.meta.dirname, '../../..');

// Every test enrolls a tablet of its own. One code good for many tablets, made once per worker and
// server by the real admin command, spares each test a process start (tsx: ~2 s of CPU, more on a
// loaded machine); that a code's uses run out is the server tests' concern (enroll-claim.test.ts).
const CODE_USES = 100;
const codes = new Map<string | undefined, { code: string; left: number }>();

/** An enrollment code of the demo site with a use left, on the server E2E_DATA_DIR names. */
export function newEnrollmentCode(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  let held = codes.get(dataDir);
  if (!held || held.left === 0) {
    const out = execFileSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [
        'sync-server/src/admin/cli.ts',
        ...['code:create', '--site', 'demo-site', '--uses', String(CODE_USES)],
      ],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' } },
    ).toString();
    const match = /Enrollment code: (\S+)/.exec(out);
    if (!match?.[1]) throw new Error(`no code in admin output: ${out}`);
    held = { code: match[1], left: CODE_USES };
    codes.set(dataDir, held);
  }
  held.left -= 1;
  return held.code;
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  // The server's Content-Security-Policy must not block anything the app does.
  const blocked = await page.evaluate(
    () => (window as { cspViolations?: string[] }).cspViolations ?? [],
  );
  expect(blocked).toEqual([]);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

export async function enroll(page: Page, code = newEnrollmentCode(), url = '/'): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  await expect(page.getByLabel('Mã đăng ký')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Mã đăng ký').fill(code);
  await page.getByRole('button', { name: 'Đăng ký thiết bị' }).click();
}

/** The demo site's staff and their demo PINs (printed by the server on first start). */
export const DEMO_STAFF = {
  volunteer: { name: 'Nguyễn Hoàng Phúc', pin: '111111' },
  nurse: { name: 'Lê Thị Thu Hà', pin: '333333' },
  doctor: { name: 'BS. Võ Minh Tuấn', pin: '555555' },
} as const;

export type DemoPerson = (typeof DEMO_STAFF)[keyof typeof DEMO_STAFF];

/** Signs in on the PIN screen; waits for it (the first pull may still be running). */
export async function signIn(page: Page, who: DemoPerson = DEMO_STAFF.volunteer): Promise<void> {
  await page.getByRole('button', { name: who.name }).click({ timeout: 60_000 });
  await page.getByLabel('Mã PIN').fill(who.pin);
  // The last digit signs in; a verifier that does not say the PIN's length needs the tap.
  const submit = page.getByRole('button', { name: 'Đăng nhập' });
  if (await submit.isVisible()) await submit.click();
}

/** A tablet of its own in `browser` (the project's viewport, in Vietnam), enrolled and signed in. */
export async function signedInTablet(
  browser: Browser,
  baseURL: string | undefined,
  who: DemoPerson,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: test.info().project.use.viewport ?? { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  await enroll(page);
  await signIn(page, who);
  return page;
}

export function syncStatus(page: Page) {
  return {
    queued: page.getByTestId('sync-queued-count'),
    attention: page.getByTestId('sync-attention-count'),
    online: page.getByTestId('sync-online'),
  };
}

/** Today in Vietnam, where the demo site and the tablets are. */
export const todayInVietnam = (): string =>
  new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Minutes pass with someone touching the tablet now and then, as at a busy table (no idle lock). */
export async function busyMinutes(page: Page, minutes: number): Promise<void> {
  for (let m = 0; m < minutes; m += 2) {
    await page.clock.fastForward('02:00');
    await page.mouse.click(5, 5);
  }
}

/** Answers "Không" to every question the screening form asks, one by one (seven for a man, nine
 * for a woman who could be pregnant): the long way, where the one-tap action is not under test. */
export async function answerEveryQuestionNo(page: Page): Promise<void> {
  const groups = page.locator('.checklist .yes-no');
  await expect(groups.first()).toBeVisible();
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).getByRole('button', { name: 'Không' }).click();
}

/** A view tab of the work screen (Tiếp đón, Khám sàng lọc, Tiêm, …). */
export const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Các bàn' }).getByRole('button', { name, exact: true });

/** Confirms the citizen on the confirm card, with the second tap when it shows warnings. */
export async function confirmCheckin(page: Page, fullName: string): Promise<void> {
  await page.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
  const saved = page.getByText(`Đã tiếp đón ${fullName}`);
  const again = page.getByRole('button', { name: 'Vẫn xác nhận' });
  await expect(saved.or(again)).toBeVisible();
  if (await again.isVisible()) await again.click();
  await expect(saved).toBeVisible();
}

/** Launches Debian's Chromium with the fake camera showing `y4mFile`. */
export function launchWithCamera(playwright: { chromium: BrowserType }, y4mFile: string) {
  return playwright.chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      ...chromiumArgs,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4mFile}`,
    ],
  });
}
