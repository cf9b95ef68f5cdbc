// Screening: no verdict before the answers give one, no pregnancy
// questions for a man, and an eligible adult screened in at most four taps on one 1280×800 screen.
// Observation: a finished 30 minutes is good news, and anaphylaxis is graded by Brighton level
// with what was done and when.
import { expect, test, type Page } from '@playwright/test';
import type { Registration } from '../../src/domain/protocol';
import {
  answerEveryQuestionNo,
  busyMinutes,
  confirmCheckin,
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  signIn,
  tab,
  todayInVietnam as today,
} from './support/app';
import { allRegistrations, seedDay, serverVisitOf } from './support/server-db';

const SITE = 'demo-site';
const SHOTS = '/work/shots/screen';
const CONSENT = 'Người được tiêm (hoặc người giám hộ) đồng ý tiêm';
const NONE = 'Không có chống chỉ định nào';

/** Unvaccinated people due today, aged 20–40, of one sex, from registrations 1000–1199 (the
 * other specs take theirs from other ranges: see the offsets they pass). */
function people(sex: 'M' | 'F', count: number): Registration[] {
  const year = Number(today().slice(0, 4));
  const day = seedDay(SITE);
  const all = allRegistrations(SITE)
    .slice(1000, 1200)
    .filter(
      (r) =>
        r.citizen.id?.length === 12 &&
        r.sessionDate === day &&
        r.previousDoses.length === 0 &&
        r.citizen.sex === sex &&
        r.citizen.dob >= `${year - 40}-01-01` &&
        r.citizen.dob <= `${year - 20}-12-31`,
    );
  return all.slice(0, count);
}

async function checkIn(page: Page, r: Registration) {
  await tab(page, 'Tiếp đón').click();
  await page.getByLabel('Số CCCD/CMND').fill(r.citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await confirmCheckin(page, r.citizen.fullName);
}

/** Checks `r` in, screens them eligible and injects them, on the nurse's tablet. */
async function throughInjection(page: Page, r: Registration) {
  await checkIn(page, r);
  await tab(page, 'Khám sàng lọc').click();
  await page.getByRole('button', { name: r.citizen.fullName }).click();
  // Answered one by one: what follows is about the observation board.
  await answerEveryQuestionNo(page);
  await page.getByLabel(CONSENT).check();
  await page.getByRole('button', { name: 'Lưu kết quả khám' }).click();
  await tab(page, 'Tiêm').click();
  await page.getByRole('button', { name: r.citizen.fullName }).click();
  await page.getByRole('radio', { name: /ABV5300/ }).check();
  const open = page.getByRole('button', { name: 'Mở lọ mới' });
  if (await open.isVisible()) await open.click();
  await page.getByRole('button', { name: 'Tay trái' }).click();
  await page.getByRole('button', { name: 'Xác nhận đã tiêm' }).click();
  await tab(page, 'Theo dõi').click();
}

/** Counts every tap (click) the page receives from now on. */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as { taps?: number };
    w.taps = 0;
    window.addEventListener('click', () => (w.taps = (w.taps ?? 0) + 1), true);
  });
  return () => page.evaluate(() => (window as { taps?: number }).taps ?? 0);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-1280x800.png` });
  await page.setViewportSize({ width: 800, height: 1280 });
  await page.screenshot({ path: `${SHOTS}/${name}-800x1280.png` });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('screening: no early verdict, no pregnancy questions for a man, four taps on one screen', async ({
  page,
}) => {
  const [woman] = people('F', 1);
  const [man] = people('M', 1);
  await enroll(page);
  await signIn(page, DEMO_STAFF.nurse);
  await checkIn(page, woman!);
  await checkIn(page, man!);

  // The man: nothing decided yet, and the two pregnancy questions are not asked.
  await tab(page, 'Khám sàng lọc').click();
  await page.getByRole('button', { name: man!.citizen.fullName }).click();
  const form = page.getByRole('region', { name: 'Khám sàng lọc' });
  await expect(form.getByText(/mang thai/)).toHaveCount(0);
  await expect(page.locator('.checklist .yes-no')).toHaveCount(7);
  await expect(form.getByText('Đủ điều kiện tiêm')).toHaveCount(0);
  await expect(form.getByRole('radio', { checked: true })).toHaveCount(0);
  await shoot(page, 'screening-empty');
  // One answer that already means "defer" gives the verdict before the rest are answered.
  await page.locator('.checklist .yes-no').nth(1).getByRole('button', { name: 'Có' }).click();
  await expect(form.getByRole('status')).toContainText('Hoãn tiêm');
  await shoot(page, 'screening-defer');
  await page.getByRole('button', { name: 'Quay lại' }).click();

  // The woman, an eligible adult: card, "none", consent, save — and nothing scrolls.
  const taps = await countTaps(page);
  await page.getByRole('button', { name: woman!.citizen.fullName }).click();
  await expect(page.locator('.checklist .yes-no')).toHaveCount(9);
  await expect(form.getByText('Đủ điều kiện tiêm')).toHaveCount(0);
  await page.getByRole('button', { name: NONE }).click();
  // Every answer stays visible, and may be changed.
  const noes = page.locator('.checklist').getByRole('button', { name: 'Không', pressed: true });
  await expect(noes).toHaveCount(9);
  await expect(form.getByRole('status')).toContainText('Đủ điều kiện tiêm');
  await page.getByLabel(CONSENT).check();
  const save = page.getByRole('button', { name: 'Lưu kết quả khám' });
  await shoot(page, 'screening-eligible');
  await expect(save).toBeInViewport({ ratio: 1 });
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
  }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.viewport);
  await save.click();
  await expect(page.getByText(`Đã lưu kết quả khám của ${woman!.citizen.fullName}.`)).toBeVisible();
  expect(await taps()).toBeLessThanOrEqual(4);
});

test('observation: a finished 30 minutes is good news; anaphylaxis is graded by Brighton level', async ({
  page,
}) => {
  const [person] = people('F', 2).slice(1);
  await page.clock.install();
  await enroll(page);
  await signIn(page, DEMO_STAFF.nurse);
  await throughInjection(page, person!);
  const card = page.locator('.obs-card', { hasText: person!.citizen.fullName });
  await expect(card).toContainText(/Còn (29|30):\d\d/);
  await busyMinutes(page, 30);
  await expect(card).toContainText('Đã đủ 30 phút — có thể cho về');
  // Calm, not alarming: not the danger red, and dark text on a light background.
  const colours = await card.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, text: style.color };
  });
  expect(colours.background).not.toBe('rgb(176, 0, 32)');
  expect(colours.text).not.toBe('rgb(255, 255, 255)');
  await shoot(page, 'observation-done');

  // Anaphylaxis: no mild/moderate/severe, a Brighton level instead; then what was done and when.
  await card.click();
  const anaphylaxis = page.getByRole('group', { name: 'Phản vệ' });
  await expect(anaphylaxis.getByRole('button', { name: 'Nhẹ' })).toHaveCount(0);
  await anaphylaxis.getByRole('button', { name: /Mức 2/ }).click();
  const treatment = page.getByRole('group', { name: /Xử trí/ });
  await expect(treatment).toBeVisible();
  const time = page.getByLabel(/Giờ xử trí/);
  await expect(time).toHaveValue(/^\d\d:\d\d$/);
  await page.getByRole('button', { name: 'Cho về', exact: true }).click();
  await expect(
    page.getByText('Hãy ghi đã xử trí gì (chọn ít nhất một hoặc ghi thêm).'),
  ).toBeVisible();
  await treatment.getByLabel(/adrenalin/).check();
  await time.fill('10:05');
  await page.getByRole('button', { name: 'Chuyển viện', exact: true }).click();
  await shoot(page, 'observation-anaphylaxis');
  await page.getByRole('button', { name: 'Cho về', exact: true }).click();
  await expect(page.getByText(`Đã ghi nhận cho ${person!.citizen.fullName} về.`)).toBeVisible();

  await expect
    .poll(
      () => serverVisitOf(SITE, person!.citizen.id!).find((r) => r.type === 'observation')?.body,
      {
        timeout: 30_000,
      },
    )
    .toBeDefined();
  const body = JSON.parse(
    serverVisitOf(SITE, person!.citizen.id!).find((r) => r.type === 'observation')!.body,
  );
  expect(body.data.reactions).toEqual([
    {
      code: 'anaphylaxis',
      severity: 'severe',
      brighton: 2,
      treatment: { actions: ['adrenaline-im'], at: expect.stringMatching(/T10:05:00/) },
    },
  ]);
});

test('midnight does not send anyone home: injected at 23:40, still watched after 00:00', async ({
  page,
}) => {
  const [person] = people('F', 3).slice(2);
  // Last night in Vietnam: a time the server has already lived through, so it takes the records.
  const yesterday = new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
  await page.clock.install({ time: new Date(`${yesterday}T23:40:00+07:00`) });
  await enroll(page);
  await signIn(page, DEMO_STAFF.nurse);
  await throughInjection(page, person!);
  const card = page.locator('.obs-card', { hasText: person!.citizen.fullName });
  await expect(card).toContainText(/Còn (29|30):\d\d/);

  await busyMinutes(page, 24);
  expect(await page.evaluate(() => new Date().getHours())).toBe(0);
  await expect(card).toContainText(/Còn 0\d:\d\d/);
  await tab(page, 'Hồ sơ hôm nay').click();
  await expect(page.getByRole('button', { name: person!.citizen.fullName })).toBeVisible();
  await tab(page, 'Theo dõi').click();
  await busyMinutes(page, 8);
  await expect(card).toContainText('Đã đủ 30 phút — có thể cho về');
  await card.click();
  await page.getByRole('button', { name: 'Cho về', exact: true }).click();
  await expect(page.getByText(`Đã ghi nhận cho ${person!.citizen.fullName} về.`)).toBeVisible();
  await expect(card).toHaveCount(0);

  // The release joins the visit of the day it began, on the server too.
  await expect
    .poll(() => serverVisitOf(SITE, person!.citizen.id!).map((r) => r.type), { timeout: 30_000 })
    .toContain('observation');
  const observation = serverVisitOf(SITE, person!.citizen.id!).find(
    (r) => r.type === 'observation',
  );
  expect(JSON.parse(observation!.body).visitKey).toBe(`${SITE}:${yesterday}:${person!.citizen.id}`);
});
