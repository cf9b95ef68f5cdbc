// Steps and checks shared by the end-to-end specs.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../../..');

/** A fresh enrollment code from the real admin command, against the e2e server's database. */
export function newEnrollmentCode(): string {
  const out = execFileSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['sync-server/src/admin/cli.ts', 'code:create', '--site', 'demo-site'],
    { cwd: root, env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, LOG_LEVEL: 'warn' } },
  ).toString();
  const match = /Enrollment code: (\S+)/.exec(out);
  if (!match?.[1]) throw new Error(`no code in admin output: ${out}`);
  return match[1];
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
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export function syncStatus(page: Page) {
  return {
    queued: page.getByTestId('sync-queued-count'),
    attention: page.getByTestId('sync-attention-count'),
    online: page.getByTestId('sync-online'),
  };
}
