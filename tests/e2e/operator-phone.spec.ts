// The operator pages on a phone (390×844) and still on a desktop. Chart
// words readable (≥ 12 px as drawn), tables that never hide a row in an inner scroll box, a CSV
// link clear of its table, a menu behind a disclosure, sites named in charts, dates day first,
// and filters typed dd/mm/yyyy whatever the browser's locale. Axe-clean at every size.
// Screenshots go to /work/shots/ops/ (override with OPS_SHOTS).
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { checkinRecord, injectionRecord } from '../support/records';
import { expectNoAxeViolations, todayInVietnam } from './support/app';
import { addOperator, admin, citizenId, pushAs } from './support/report-data';

const SHOTS = process.env.OPS_SHOTS ?? '/work/shots/ops';
const PHONE = { width: 390, height: 844 };
const SIZES = [PHONE, { width: 800, height: 1280 }, { width: 1280, height: 800 }];
const SITE = { id: `e2e-phone-${Date.now().toString(36)}`, name: 'Trạm Y tế xã Bình Chánh' };
const operator = { username: `${SITE.id}-national`, password: '' };
const DMY = /^\d{2}\/\d{2}\/\d{4}$/;
let flaggedRecordId = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  admin('site:create', '--id', SITE.id, '--name', SITE.name, '--province', '79');
  admin('staff:create', '--site', SITE.id, '--id', 'n1', '--name', 'Y tá Hoa', '--role', 'nurse');
  operator.password = addOperator(operator.username, 'Cán bộ Sở Y tế', 'national');
  const day = todayInVietnam();
  const at = (time: string) => `${day}T${time}.000+07:00`;
  const mismatch = citizenId();
  // One check-in whose ID says 1985 and date of birth 1990: the one non-zero flag of the site.
  const flagged = checkinRecord(SITE.id, 'n1', {
    visitKey: `${SITE.id}:${day}:${mismatch}`,
    occurredAt: at('08:00:00'),
    data: {
      method: 'cccd-qr',
      citizen: { id: mismatch, fullName: 'Trần Văn Bình', dob: '1990-01-01', sex: 'M' },
    },
  });
  flaggedRecordId = flagged.id;
  await pushAs(SITE.id, [
    flagged,
    ...[1, 2, 3].map((i) =>
      injectionRecord(SITE.id, 'n1', {
        visitKey: `${SITE.id}:${day}:${citizenId()}`,
        occurredAt: at(`09:0${i}:00`),
      }),
    ),
  ]);
});

async function signIn(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/reports');
  await page.getByLabel('Tên đăng nhập').fill(operator.username);
  await page.getByLabel('Mật khẩu').fill(operator.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiến độ tiêm chủng' })).toBeVisible();
}

/** Axe at each size and a screenshot of each, ending at the phone size. */
async function checkAtEverySize(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `${SHOTS}/${name}-${size.width}x${size.height}.png`,
      fullPage: true,
    });
  }
  await page.setViewportSize(PHONE);
}

/** The smallest size, in CSS px as drawn, of any chart word (SVG text scaled by its viewBox). */
const smallestChartText = (page: Page) =>
  page.evaluate(() => {
    const sizes: number[] = [];
    for (const chart of document.querySelectorAll('main [role="img"]')) {
      for (const el of chart.querySelectorAll('*')) {
        const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
        if (!text || el.closest('title') || getComputedStyle(el).visibility === 'hidden') continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        const svg = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
        sizes.push(svg ? px * Math.hypot(svg.a, svg.b) : px);
      }
    }
    return sizes.length === 0 ? 0 : Math.min(...sizes);
  });

/** Elements between `selector`'s matches and the page that scroll (or clip) in either direction. */
const innerScrollBoxes = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const boxes = new Set<string>();
    for (const el of document.querySelectorAll(sel)) {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        const clipsY = s.overflowY !== 'visible' && a.scrollHeight > a.clientHeight + 1;
        const clipsX = s.overflowX !== 'visible' && a.scrollWidth > a.clientWidth + 1;
        if (clipsY || clipsX) boxes.add(`${a.tagName}.${a.className}`);
      }
    }
    return [...boxes];
  }, selector);

test.describe('operator pages on a phone', () => {
  test.use({ viewport: PHONE });

  test('charts: words of at least 12 px, sites by name, dates day first', async ({ page }) => {
    await signIn(page);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
    const bySite = page.getByRole('img', { name: 'Theo điểm tiêm', exact: true });
    await expect(bySite).toContainText(SITE.name);
    await expect(bySite).not.toContainText(SITE.id);
    await expect(page.getByRole('img', { name: 'Tỷ lệ đã tiêm theo điểm tiêm' })).not.toContainText(
      SITE.id,
    );
    // Every date on the page, axis included, written dd/mm/yyyy; none in ISO.
    const perDay = page.getByRole('img', { name: 'Số mũi tiêm theo ngày' });
    const axis = (await perDay.locator('span').allTextContents()).filter((s) => /\d\//.test(s));
    expect(axis.length).toBeGreaterThan(0);
    for (const label of axis) expect(label.trim()).toMatch(DMY);
    const [y, m, d] = todayInVietnam().split('-');
    await expect(page.locator('main')).toContainText(`đến ${d}/${m}/${y}`);
    const table = page.getByRole('table', { name: 'Số mũi tiêm theo ngày' });
    await expect(table).toContainText(`${d}/${m}/${y}`);
    expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await checkAtEverySize(page, 'overview');
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
  });

  test('tables reflow and never hide a row in an inner scroll box', async ({ page }) => {
    await signIn(page);
    await page.goto('/reports/quality');
    const flags = page.getByRole('table', { name: 'Các cảnh báo dữ liệu' });
    const row = flags.getByRole('row').filter({ hasText: 'Số định danh không khớp năm sinh' });
    await expect(row).toBeVisible();
    expect(Number((await row.locator('td').last().innerText()).replace(/\D/g, ''))).toBeGreaterThan(
      0,
    );
    for (const url of ['/reports', '/reports/quality']) {
      await page.goto(url);
      expect(await innerScrollBoxes(page, 'main tbody tr'), url).toEqual([]);
      // One page-level scroll: nothing wider than the phone.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        url,
      ).toBeLessThanOrEqual(PHONE.width);
      // Every caption whole: as tall as its text needs, as wide as its table.
      for (const caption of await page.locator('main caption').all()) {
        const cut = await caption.evaluate(
          (c) => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > innerWidth,
        );
        expect(cut, await caption.innerText()).toBe(false);
      }
    }
  });

  test('each "Tải CSV" is a 44 px target on its own line, clear of its table', async ({ page }) => {
    await signIn(page);
    for (const url of ['/reports', '/reports/quality']) {
      await page.goto(url);
      const links = page.getByRole('link', { name: /^Tải CSV/ });
      expect(await links.count()).toBeGreaterThan(0);
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.height, url).toBeGreaterThanOrEqual(44);
        expect(box.width, url).toBeGreaterThanOrEqual(44);
        const table = (await link
          .locator('xpath=ancestor::p[1]/preceding-sibling::*[1]')
          .boundingBox())!;
        // Below the table (or its scroll region), not over it.
        expect(box.y, url).toBeGreaterThanOrEqual(table.y + table.height);
      }
    }
  });

  test('the menu is folded behind one button on a phone, open on a desktop', async ({ page }) => {
    await signIn(page);
    const quality = page.getByRole('link', { name: 'Chất lượng dữ liệu', exact: true });
    const signOut = page.getByRole('button', { name: 'Đăng xuất' });
    await expect(quality).toBeHidden();
    await expect(signOut).toBeHidden();
    const menu = page.getByText('Trình đơn', { exact: true });
    const box = (await menu.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await menu.click();
    await expect(quality).toBeVisible();
    await expect(signOut).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/menu-open-390x844.png` });
    await quality.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chất lượng dữ liệu' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tiến độ tiêm chủng', exact: true })).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.getByRole('link', { name: 'Tiến độ tiêm chủng', exact: true })).toBeVisible();
    await expect(page.getByText('Trình đơn', { exact: true })).toBeHidden();
  });

  test('the filter takes dd/mm/yyyy typed, whatever the browser locale', async ({ page }) => {
    await signIn(page);
    const from = page.getByLabel('Từ ngày');
    const to = page.getByLabel('Đến ngày');
    await expect(from).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await expect(from).toHaveValue(DMY);
    const [y, m, d] = todayInVietnam().split('-');
    const today = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    const before = new Date(today.getTime() - 2 * 86_400_000);
    const dmy = (date: Date) => date.toISOString().slice(0, 10).split('-').reverse().join('/');
    await from.fill(dmy(before));
    await to.fill(dmy(today));
    await page.getByRole('button', { name: 'Xem' }).click();
    await expect(page.locator('p.range')).toHaveText(`Từ ${dmy(before)} đến ${dmy(today)}`);
    await expect(from).toHaveValue(dmy(before));
    const days = page.getByRole('table', { name: 'Số mũi tiêm theo ngày' }).locator('tbody tr');
    await expect(days).toHaveCount(3);
    // A day/month swap is refused with the reason, in Vietnamese.
    await from.fill('12/31/2026');
    await page.getByRole('button', { name: 'Xem' }).click();
    await expect(page.getByRole('alert')).toContainText('không có trong lịch');
    await checkAtEverySize(page, 'refused-filter');
  });

  // Axe at three sizes is slow on a loaded machine: a few pages per test, with time for them.
  test('sign-in and data-quality pages are axe-clean at every size', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/reports');
    await checkAtEverySize(page, 'sign-in');
    await signIn(page);
    await page.goto('/reports/quality');
    await checkAtEverySize(page, 'quality');
  });

  test('drill-down, record and English pages are axe-clean at every size', async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page);
    await page.goto('/reports/quality/id-birthyear-mismatch');
    const list = page.getByRole('table', { name: /Bản ghi có cảnh báo/ });
    await expect(list).toContainText(SITE.id);
    expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await checkAtEverySize(page, 'drill-down');
    await page.goto(`/reports/records/${flaggedRecordId}`);
    await expect(page.locator('main')).toContainText(/\d{2}\/\d{2}\/\d{4} 08:00:00/);
    expect(await page.locator('main').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await checkAtEverySize(page, 'record');
    await page.goto('/reports?lang=en');
    await expect(page.locator('p.range')).toContainText(
      /\d{1,2} [A-Z][a-z]{2} \d{4} to \d{1,2} [A-Z][a-z]{2} \d{4}/,
    );
    await checkAtEverySize(page, 'overview-en');
  });
});
