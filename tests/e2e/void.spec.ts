// An injection recorded by mistake is voided on the tablet with a reason. The
// dose leaves the day's figures and the vial count, the visit goes back to waiting for its
// injection, the history shows the record struck through with the reason, and the void reaches the
// server, which drops the dose from the citizen's history.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  answerEveryQuestionNo,
  confirmCheckin,
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  signIn,
  tab,
} from './support/app';
import { serverDoses, serverVisitOf, unvaccinatedRegistrations } from './support/server-db';

const SITE = 'demo-site';
const SHOTS = '/work/shots/void';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const personButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${escape(name)} `) });

/** The last column of a day-report table, added up. */
async function total(page: Page, caption: string, column: number): Promise<number> {
  await tab(page, 'Cuối ngày').click();
  const table = page.locator('table.report', { has: page.getByText(caption, { exact: true }) });
  await expect(table).toBeVisible();
  const cells = await table.locator(`tbody tr td:nth-child(${column})`).allInnerTexts();
  return cells.reduce((sum, text) => sum + (Number(text.replace(/\D/g, '')) || 0), 0);
}
const dosesGiven = (page: Page) => total(page, 'Đã tiêm theo vắc xin và mũi', 3);
const dosesUsed = (page: Page) => total(page, 'Theo lô vắc xin', 4);

async function shoot(page: Page, name: string, at: Locator) {
  for (const [w, h] of [
    [1280, 800],
    [800, 1280],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await at.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/${name}-${w}x${h}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an injection recorded by mistake is voided with a reason and counts nowhere', async ({
  page,
}) => {
  const [person] = unvaccinatedRegistrations(SITE, 1, 1300);
  const { citizen } = person!;
  await enroll(page);
  await signIn(page, DEMO_STAFF.nurse);

  // Check-in, screening and the injection, all by the nurse on this tablet.
  await tab(page, 'Tiếp đón').click();
  await page.getByLabel('Số CCCD/CMND').fill(citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await confirmCheckin(page, citizen.fullName);
  await tab(page, 'Khám sàng lọc').click();
  await personButton(page, citizen.fullName).click();
  await answerEveryQuestionNo(page);
  await page.getByLabel('Người được tiêm (hoặc người giám hộ) đồng ý tiêm').check();
  await page.getByRole('button', { name: 'Lưu kết quả khám' }).click();
  await expect(page.getByText(`Đã lưu kết quả khám của ${citizen.fullName}.`)).toBeVisible();
  const [givenBefore, usedBefore] = [await dosesGiven(page), await dosesUsed(page)];

  await tab(page, 'Tiêm').click();
  await personButton(page, citizen.fullName).click();
  await page.getByRole('radio', { name: /ABV5300/ }).check();
  const open = page.getByRole('button', { name: 'Mở lọ mới' });
  if (await open.isVisible()) await open.click();
  await page.getByRole('button', { name: 'Tay trái' }).click();
  await page.getByRole('button', { name: 'Xác nhận đã tiêm' }).click();
  await expect(page.getByText(`Đã ghi nhận mũi tiêm của ${citizen.fullName}`)).toBeVisible();
  expect(await dosesGiven(page)).toBe(givenBefore + 1);
  expect(await dosesUsed(page)).toBe(usedBefore + 1);
  await expect.poll(() => serverDoses(citizen.id!), { timeout: 15_000 }).toHaveLength(1);

  // The nurse voids it from today's records, with a reason.
  await tab(page, 'Hồ sơ hôm nay').click();
  await personButton(page, citizen.fullName).click();
  const entry = page.locator('.history-entry', { hasText: 'Tiêm' }).last();
  await shoot(page, 'history-actions', entry);
  await entry.getByRole('button', { name: 'Huỷ bản ghi' }).click();
  await page.getByRole('button', { name: 'Huỷ bản ghi này' }).click();
  await expect(page.getByText('Hãy chọn lý do huỷ.')).toBeVisible();
  await page.getByRole('radio', { name: 'Ghi trùng' }).check();
  await shoot(page, 'void-form', page.locator('.void-form'));
  await page.getByRole('button', { name: 'Huỷ bản ghi này' }).click();
  await expect(page.getByText('Đã huỷ bản ghi.')).toBeVisible();
  await expect(entry.getByText('Đã huỷ: Ghi trùng')).toBeVisible();
  await expect(entry.getByRole('button', { name: 'Huỷ bản ghi' })).toHaveCount(0);
  await expect(entry.getByRole('button', { name: 'Sửa' })).toHaveCount(0);
  await shoot(page, 'voided-history', entry);
  await page.getByRole('button', { name: 'Đóng' }).click();

  // The dose leaves the day's figures and the vial count; the visit waits for its injection.
  expect(await dosesGiven(page)).toBe(givenBefore);
  expect(await dosesUsed(page)).toBe(usedBefore);
  await tab(page, 'Tiêm').click();
  await expect(personButton(page, citizen.fullName)).toBeVisible();

  // The void reaches the server, which takes the dose out of the citizen's history.
  await expect
    .poll(
      () =>
        serverVisitOf(SITE, citizen.id!)
          .filter((r) => r.type === 'correction')
          .map((r) => (JSON.parse(r.body) as { data: { void?: string } }).data.void),
      { timeout: 15_000 },
    )
    .toEqual(['duplicate']);
  await expect.poll(() => serverDoses(citizen.id!), { timeout: 15_000 }).toEqual([]);
});
