// The registry work-queue in a real Chromium, on a server of its own: a registry extract imported
// and the sites reconciled with the admin commands, an operator opens the overview (province →
// district → site: the demo site in Quận 1, a site in Thủ Đức, one without a district) and a
// district's list, then the mismatches,
// accepts the registry's values for one person, bulk-accepts "diacritics only" after the confirm,
// and a tablet of the site sees the corrected name after its pull. Every page passes axe and breaks
// no Content-Security-Policy rule at 1280×800, 800×1280 and 390×844 (screenshots in SHOTS).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, request, test, type Page } from '@playwright/test';
import type { EnrollResponse } from '../../src/domain/protocol';
import type { Citizen } from '../../src/domain/records';
import { checkinRecord } from '../support/records';
import {
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  newEnrollmentCode,
  signIn,
  tab,
  todayInVietnam,
} from './support/app';
import { useOwnServer } from './support/own-server';
import { addOperator, admin } from './support/report-data';
import { OWN_SERVER_PORTS } from './support/server';

const SHOTS = process.env.QUEUE_SHOTS ?? '/work/shots/queue';
const PORT = OWN_SERVER_PORTS.registryQueue;
useOwnServer(PORT);
test.describe.configure({ mode: 'serial' });

// Recorded at the site; the registry writes the names with their diacritics.
const LAN: Citizen = {
  id: '079190001234',
  fullName: 'Nguyễn Thị Lan',
  dob: '1990-05-01',
  sex: 'F',
};
const NAM: Citizen = { id: '079085004321', fullName: 'TRAN VAN NAM', dob: '1985-02-03', sex: 'M' };
const MAI: Citizen = { id: '079175000111', fullName: 'LE THI MAI', dob: '1975-03-04', sex: 'F' };
const AN: Citizen = { id: '079080000222', fullName: 'PHAM VAN AN', dob: '1980-06-07', sex: 'M' };
const HOA: Citizen = { id: '079170000777', fullName: 'Võ Thị Hoa', dob: '1970-12-08', sex: 'F' };
const OUTSIDER: Citizen = {
  id: '079088009999',
  fullName: 'Hoàng Văn Ngoại',
  dob: '1988-08-08',
  sex: 'M',
};
// At the other sites: one the registry lacks (district 769, Thủ Đức), one it holds as recorded
// (a site without a district).
const KHACH: Citizen = {
  id: '079077000333',
  fullName: 'Đặng Văn Khách',
  dob: '1977-07-07',
  sex: 'M',
};
const THU: Citizen = { id: '079195000555', fullName: 'Đinh Thị Thu', dob: '1995-05-05', sex: 'F' };
const THU_DUC = { id: 'queue-thu-duc', name: 'Trạm Y tế phường Linh Trung', district: '769' };
const NO_DISTRICT = { id: 'queue-other', name: 'Trạm Y tế lưu động' };
const EXTRACT = [
  'id_number,full_name,dob,sex,province_code',
  '079190001234,Nguyễn Thị Lan,1990-05-01,F,79',
  '079085004321,Trần Văn Nam,1985-02-03,M,79',
  '079175000111,Lê Thị Mai,1975-03-04,F,79',
  '079080000222,Phạm Văn An,1980-06-07,M,79',
  '079170000777,Võ Thị Hoa,1970-08-12,F,79',
  '079195000555,Đinh Thị Thu,1995-05-05,F,79',
].join('\n');

let operator = { username: 'queue-national', password: '' };

/** Pushes check-ins of a site to this spec's server, as a tablet of the site would. */
async function pushCheckins(
  citizens: Citizen[],
  site = { id: 'demo-site', nurse: 'demo-staff-3' },
): Promise<void> {
  const code =
    site.id === 'demo-site'
      ? newEnrollmentCode()
      : /Enrollment code: (\S+)/.exec(admin('code:create', '--site', site.id))![1]!;
  const api = await request.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const enrolled = (await (
    await api.post('/api/v1/enroll', { data: { code, deviceName: 'queue e2e' } })
  ).json()) as EnrollResponse;
  const day = todayInVietnam();
  const records = citizens.map((citizen, i) =>
    checkinRecord(site.id, site.nurse, {
      visitKey: `${site.id}:${day}:${citizen.id}`,
      occurredAt: `${day}T07:0${i}:00.000+07:00`,
      data: { method: 'manual', citizen },
    }),
  );
  const res = await api.post('/api/v1/sync/push', {
    headers: { authorization: `Bearer ${enrolled.token}` },
    data: { records },
  });
  expect(res.status()).toBe(200);
  await api.dispose();
}

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await pushCheckins([LAN, NAM, MAI, AN, HOA, OUTSIDER]);
  for (const [site, citizen] of [
    [THU_DUC, KHACH],
    [NO_DISTRICT, THU],
  ] as const) {
    const district = 'district' in site ? ['--district', site.district] : [];
    admin(
      'site:create',
      '--id',
      site.id,
      '--name',
      site.name,
      '--province',
      'Hồ Chí Minh',
      ...district,
    );
    admin(
      'staff:create',
      '--site',
      site.id,
      '--id',
      'nurse',
      '--name',
      'Y tá Hạnh',
      '--role',
      'nurse',
    );
    await pushCheckins([citizen], { id: site.id, nurse: 'nurse' });
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'vax-registry-')), 'extract.csv');
  writeFileSync(file, `${EXTRACT}\n`);
  expect(admin('registry:import', file)).toContain('6 imported');
  admin('registry:reconcile');
  operator = {
    ...operator,
    password: addOperator(operator.username, 'Cán bộ Bộ Y tế', 'national'),
  };
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

/**
 * Saves the page at the two tablet sizes and a phone's, and checks it (axe, CSP) at the landscape
 * tablet's and the phone's, the two layouts (tables, cards): axe is the spec's slowest step.
 */
async function checkAndShoot(page: Page, name: string) {
  for (const [w, h] of [
    [1280, 800],
    [800, 1280],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    if (w !== 800) await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const personButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${escape(name)} `) });

test('an operator works the queue and the tablet sees the corrected name', async ({
  page,
  browser,
}) => {
  // Many pages, each shot three times: beside the other specs on two cores it needs more than 2 min.
  test.setTimeout(300_000);
  // The site's tablet, with today's check-ins pulled.
  const tabletContext = await browser.newContext({
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const tablet = await tabletContext.newPage();
  // The tablet starts (enrolls, signs in, pulls) while the operator reads the first pages: it
  // waits mostly on its worker and the network. It must show the name as recorded before the
  // operator changes anything.
  const tabletReady = (async () => {
    await enroll(tablet);
    await signIn(tablet, DEMO_STAFF.nurse);
    await tab(tablet, 'Hồ sơ hôm nay').click();
    await expect(personButton(tablet, NAM.fullName)).toBeVisible({ timeout: 60_000 });
  })();

  await recordCspViolations(page);
  await page.goto('/reports');
  await page.getByLabel('Tên đăng nhập').fill(operator.username);
  await page.getByLabel('Mật khẩu').fill(operator.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Làm sạch dữ liệu' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Làm sạch dữ liệu' })).toBeVisible();
  const byPlace = page.getByRole('table', { name: 'Theo tỉnh/thành, quận/huyện và điểm tiêm' });
  await expect(byPlace).toContainText('demo-site');
  // Province, its three districts (the unknown last), each followed by its site.
  await expect(byPlace.getByRole('row')).toHaveCount(1 + 1 + 3 * 2);
  await expect(byPlace.getByRole('row').nth(2)).toContainText('Quận/huyện 760');
  await expect(byPlace.getByRole('row').nth(4)).toContainText('Quận/huyện 769');
  await expect(byPlace.getByRole('row').nth(6)).toContainText('Chưa rõ quận/huyện');
  await expect(
    page.getByRole('progressbar', { name: 'Tỷ lệ đã khớp: Chưa rõ quận/huyện' }),
  ).toHaveAttribute('value', '100');
  await checkAndShoot(page, 'overview');

  // A district's list: its one person, the district chosen in the filter form.
  await byPlace.getByRole('link', { name: 'Quận/huyện 769' }).click();
  await expect(page.getByLabel('Quận/huyện')).toHaveValue('769');
  const district = page.getByRole('table', { name: /^Danh sách/ });
  await expect(district.getByRole('row')).toHaveCount(2);
  await expect(district).toContainText(KHACH.fullName);
  await expect(page.getByRole('link', { name: /: CSV$/ })).toHaveAttribute('href', /district=769/);
  await checkAndShoot(page, 'district-list');
  await page.goBack();

  // The mismatches: four, each field that differs said in words.
  await page.getByRole('link', { name: 'Danh sách cần xử lý' }).click();
  const list = page.getByRole('table', { name: 'Danh sách: Sai lệch' });
  await expect(list.getByRole('row')).toHaveCount(5);
  await expect(list).toContainText('Khác: chỉ khác dấu tiếng Việt');
  await expect(list).toContainText('Khác: đảo ngày và tháng');
  await checkAndShoot(page, 'list');

  // One person: accept the registry's values.
  await list.getByRole('link', { name: NAM.fullName }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(NAM.fullName);
  await expect(
    page.getByRole('table', { name: 'Giá trị ghi nhận và giá trị CSDL dân cư' }),
  ).toContainText('Trần Văn Nam');
  await checkAndShoot(page, 'person');
  await tabletReady;
  await page.getByRole('button', { name: 'Chấp nhận giá trị của CSDL dân cư' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã sửa 1 người theo CSDL dân cư.');

  // "Diacritics only": the two left, after the confirm.
  await page.getByRole('link', { name: /Quay lại danh sách/ }).click();
  await page.getByLabel('Tình trạng').selectOption('mismatch');
  await page.getByLabel('Trường khác').selectOption('full_name');
  await page.getByLabel('Loại khác biệt').selectOption({ label: 'chỉ khác dấu tiếng Việt' });
  await page.getByLabel('Chỉ khác ở trường này').check();
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(
    page.getByRole('table', { name: 'Danh sách: Sai lệch' }).getByRole('row'),
  ).toHaveCount(3);
  await page.getByRole('button', { name: 'Chấp nhận tất cả' }).click();
  await expect(page.getByText('Chấp nhận giá trị của CSDL dân cư cho 2 người?')).toBeVisible();
  await checkAndShoot(page, 'bulk-confirm');
  await page.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Đã sửa 2 người theo CSDL dân cư.');
  await expect(page.getByText('Không có người nào.')).toBeVisible();
  await checkAndShoot(page, 'list-after-bulk');

  // Only the swapped date of birth is left to fix.
  await page.goto('/reports/registry/list?status=mismatch');
  await expect(
    page.getByRole('table', { name: 'Danh sách: Sai lệch' }).getByRole('row'),
  ).toHaveCount(2);

  // The registry may be the one that is wrong: a note for its owners.
  await page.getByRole('link', { name: HOA.fullName }).click();
  await expect(page.getByRole('checkbox', { name: 'Ngày sinh' })).toBeChecked();
  await page.getByLabel('Ghi chú', { exact: true }).fill('Giấy khai sinh ghi 08/12/1970');
  await page.getByRole('button', { name: 'CSDL dân cư sai: Gửi ghi chú' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã xử lý.');
  await page.goto('/reports/registry/list?status=mismatch&lang=en');
  await expect(page.getByRole('table', { name: 'List: Mismatch' })).toContainText(
    'Differs: day and month swapped',
  );
  await checkAndShoot(page, 'list-en');
  await page.goto('/reports/registry/notes');
  await expect(page.getByText('Có 1 ghi chú.')).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Giấy khai sinh ghi 08/12/1970');
  await checkAndShoot(page, 'notes');

  // The tablet pulls the corrections.
  await expect(personButton(tablet, 'Trần Văn Nam')).toBeVisible({ timeout: 60_000 });
  await expect(personButton(tablet, 'Lê Thị Mai')).toBeVisible();
  await expect(personButton(tablet, NAM.fullName)).toHaveCount(0);
  await tabletContext.close();
});
