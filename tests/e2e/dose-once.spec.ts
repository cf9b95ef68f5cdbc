// One dose per visit, as a nurse lives it on one tablet: "Xác nhận đã tiêm", then a tap on
// the citizen's card within two seconds (the list used to refresh only on its timer) must not open
// the injection form again nor store a second dose; and at the end of the day the doses left in
// the vial just opened are still usable, not waste.
import { expect, test, type Page } from '@playwright/test';
import {
  answerEveryQuestionNo,
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  signIn,
  tab,
} from './support/app';
import { serverVisitOf, unvaccinatedRegistrations } from './support/server-db';

const SITE = 'demo-site';
const SHOTS = '/work/shots/dose';
const offset = () => 1260 + (test.info().project.name === 'portrait' ? 20 : 0);

/** The screen as it is, then turned to portrait, each screenshot and axe scan; back as it was. */
async function lookAt(page: Page, name: string) {
  const size = page.viewportSize()!;
  for (const [w, h] of [
    [1280, 800],
    [800, 1280],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png`, fullPage: true });
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize(size);
}

test('a saved injection leaves the queue at once: a tap on the card cannot record it twice', async ({
  page,
}) => {
  // Three screens, each looked at and scanned in two orientations: slow on a busy machine.
  test.setTimeout(240_000);
  const [person] = unvaccinatedRegistrations(SITE, 1, offset());
  const { citizen } = person!;
  await enroll(page);
  await signIn(page, DEMO_STAFF.nurse);

  await page.getByLabel('Số CCCD/CMND').fill(citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
  await expect(page.getByText(`Đã tiếp đón ${citizen.fullName}`)).toBeVisible();

  await tab(page, 'Khám sàng lọc').click();
  await page.getByRole('button', { name: citizen.fullName }).click();
  await answerEveryQuestionNo(page);
  await page.getByLabel('Người được tiêm (hoặc người giám hộ) đồng ý tiêm').check();
  await page.getByRole('button', { name: 'Lưu kết quả khám' }).click();
  await expect(page.getByText(`Đã lưu kết quả khám của ${citizen.fullName}.`)).toBeVisible();

  await tab(page, 'Tiêm').click();
  const card = page.getByRole('button', { name: citizen.fullName });
  await card.click();
  await page.getByRole('radio', { name: /ABV5300/ }).check();
  const open = page.getByRole('button', { name: 'Mở lọ mới' });
  if (await open.isVisible()) await open.click();
  await page.getByRole('button', { name: 'Tay trái' }).click();
  // The history and the certificate beside it tell the same story.
  const summary = page.locator('.citizen');
  await expect(summary).toContainText('Chưa tiêm mũi nào');
  await expect(summary).toContainText('Chưa có');
  await lookAt(page, 'injection-form');
  await page.getByRole('button', { name: 'Xác nhận đã tiêm' }).click();

  // The double tap of the issue: the card, tapped again straight after the save.
  await card.click({ timeout: 1500 }).catch(() => undefined);
  await expect(page.getByText(`Đã ghi nhận mũi tiêm của ${citizen.fullName}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Xác nhận đã tiêm' })).toHaveCount(0);
  await expect(card).toHaveCount(0);
  await lookAt(page, 'injection-queue-after-save');
  await expect
    .poll(() => serverVisitOf(SITE, citizen.id!).map((r) => r.type), { timeout: 15_000 })
    .toEqual(['checkin', 'screening', 'injection']);

  // End of the day: the vial just opened is still good, so its doses are not waste.
  await tab(page, 'Cuối ngày').click();
  const row = page.getByRole('row', { name: /ABV5300/ });
  await expect(row.getByRole('cell').nth(-2)).toHaveText(/^\d+, còn dùng được đến \d\d:\d\d$/);
  await expect(row.getByRole('cell').nth(-1)).toHaveText('0');
  await lookAt(page, 'day-report');
});
