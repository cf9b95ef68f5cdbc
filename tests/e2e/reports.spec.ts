// The operators' report pages in a real Chromium: sign-in, charts, drill-down and CSV
// for a national operator; a site operator who sees only their own site. Every page passes
// axe and breaks no Content-Security-Policy rule. Screenshots go to /tmp/reports-shots/.
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkinRecord, injectionRecord } from '../support/records';
import { expectNoAxeViolations, todayInVietnam } from './support/app';
import { addOperator, admin, citizenId as citizen, pushAs } from './support/report-data';

const SHOTS = '/tmp/reports-shots';
// A fresh site per run, so a rerun against the same server starts from nothing.
const OTHER = { id: `e2e-reports-${Date.now().toString(36)}`, name: 'Trạm Y tế xã Tân Thông Hội' };

let siteOperator = { username: `${OTHER.id}-op`, password: '' };
let national = { username: `${OTHER.id}-national`, password: '' };
let demoRecordId = '';

// Serial: a failure must not rerun the setup (new records) in a fresh worker for the next test.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  admin('site:create', '--id', OTHER.id, '--name', OTHER.name, '--province', '79');
  admin('staff:create', '--site', OTHER.id, '--id', 'n1', '--name', 'Y tá Ngọc', '--role', 'nurse');
  siteOperator = {
    ...siteOperator,
    password: addOperator(siteOperator.username, 'Cán bộ trạm Tân Thông Hội', `site:${OTHER.id}`),
  };
  national = {
    ...national,
    password: addOperator(national.username, 'Cán bộ Bộ Y tế', 'national'),
  };

  const day = todayInVietnam();
  const at = (time: string) => `${day}T${time}.000+07:00`;
  const nurse = 'demo-staff-3';
  const twice = citizen(); // dose 1 at both sites: a duplicate
  const mismatch = citizen();
  const visit = (site: string, id: string) => `${site}:${day}:${id}`;
  const records = [
    checkinRecord('demo-site', nurse, {
      visitKey: visit('demo-site', mismatch),
      occurredAt: at('08:00:00'),
      data: {
        method: 'cccd-qr',
        citizen: { id: mismatch, fullName: 'Trần Văn Bình', dob: '1990-01-01', sex: 'M' },
      },
    }),
    injectionRecord('demo-site', nurse, {
      visitKey: visit('demo-site', twice),
      occurredAt: at('08:10:00'),
    }),
    ...[1, 2, 1].map((doseNumber, i) =>
      injectionRecord('demo-site', nurse, {
        visitKey: visit('demo-site', citizen()),
        occurredAt: at(`08:2${i}:00`),
        data: { vaccine: 'AZ', lot: 'AZ1', doseNumber, doseKind: 'primary', arm: 'left' },
      }),
    ),
  ];
  demoRecordId = records[0]!.id;
  await pushAs('demo-site', records);
  await pushAs(OTHER.id, [
    injectionRecord(OTHER.id, 'n1', {
      visitKey: visit(OTHER.id, twice),
      occurredAt: at('09:00:00'),
    }),
    injectionRecord(OTHER.id, 'n1', {
      visitKey: visit(OTHER.id, citizen()),
      occurredAt: at('09:05:00'),
    }),
  ]);
});

async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** Checks the page (axe, CSP) and saves it at both tablet sizes. */
async function checkAndShoot(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/${name}-1280x800.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/${name}-1280x800-top.png` });
  await page.setViewportSize({ width: 800, height: 1280 });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/${name}-800x1280.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/${name}-800x1280-top.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function signIn(page: Page, who: { username: string; password: string }) {
  await recordCspViolations(page);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập báo cáo' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill(who.username);
  await page.getByLabel('Mật khẩu').fill(who.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiến độ tiêm chủng' })).toBeVisible();
}

test('the national operator sees charts, drills into flagged records and downloads CSV', async ({
  page,
}) => {
  await recordCspViolations(page);
  await page.goto('/reports');
  await page.getByLabel('Mật khẩu').fill('wrong password');
  await page.getByLabel('Tên đăng nhập').fill(national.username);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await checkAndShoot(page, 'sign-in');

  await signIn(page, national);
  await expect(page.getByRole('img', { name: 'Số mũi tiêm theo ngày' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Phân bố độ trễ' })).toBeVisible();
  const bySite = page.getByRole('table', { name: 'Theo điểm tiêm', exact: true });
  await expect(bySite).toContainText(OTHER.name);
  await expect(bySite).toContainText('Trạm Y tế phường Bến Nghé');
  await checkAndShoot(page, 'overview');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải CSV: Theo điểm tiêm', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^by-site_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFMã điểm,Điểm tiêm,Số mũi\r\n')).toBe(true);
  expect(csv).toContain(`${OTHER.id},${OTHER.name},2`);

  await page.getByRole('link', { name: 'Chất lượng dữ liệu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Chất lượng dữ liệu' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Các cảnh báo dữ liệu' })).toBeVisible();
  await checkAndShoot(page, 'quality');

  await page.getByRole('link', { name: 'Một người bị ghi trùng mũi tiêm' }).click();
  const list = page.getByRole('table', {
    name: 'Bản ghi có cảnh báo: Một người bị ghi trùng mũi tiêm',
  });
  await expect(list).toContainText(OTHER.id);
  await expect(list).toContainText('demo-site');
  await checkAndShoot(page, 'drill-down');

  await page.getByRole('link', { name: 'Chất lượng dữ liệu', exact: true }).click();
  await page.getByRole('link', { name: 'Số định danh không khớp năm sinh' }).click();
  await page.getByRole('link', { name: demoRecordId }).click();
  await expect(page.getByText('ID says born in 1985, date of birth says 1990')).toBeVisible();
  await checkAndShoot(page, 'record');
});

test('a site operator sees only their own site', async ({ page }) => {
  await signIn(page, siteOperator);
  const bySite = page.getByRole('table', { name: 'Theo điểm tiêm', exact: true });
  await expect(bySite).toContainText(OTHER.name);
  await expect(page.locator('main')).not.toContainText('Bến Nghé');
  await expect(page.getByRole('combobox', { name: 'Tỉnh/thành' })).toHaveCount(0);
  await checkAndShoot(page, 'site-operator');

  const res = await page.goto(`/reports/records/${demoRecordId}`);
  expect(res?.status()).toBe(404);
  await page.goto('/reports/quality/id-birthyear-mismatch');
  await expect(page.getByRole('table')).toContainText('Không có dữ liệu trong khoảng này.');
});
