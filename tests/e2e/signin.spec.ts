// Nobody records on a locked tablet or under someone else's PIN: the PIN is checked offline, the
// tablet locks on demand and after five idle minutes, and the observation board raises the alarm
// when a person's 30 minutes are up.
import { expect, test, type Page } from '@playwright/test';
import {
  answerEveryQuestionNo,
  busyMinutes,
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  signIn,
  tab,
} from './support/app';
import { unvaccinatedRegistrations } from './support/server-db';

const signInHeading = (page: Page) => page.getByRole('heading', { name: 'Đăng nhập' });

test('a locked tablet, another person’s PIN, the idle lock and the 30-minute alert', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await enroll(page);
  await expect(signInHeading(page)).toBeVisible({ timeout: 60_000 });
  await expectNoAxeViolations(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  // The doctor's PIN does not sign the nurse in, offline or not.
  await page.getByRole('button', { name: DEMO_STAFF.nurse.name }).click();
  // The sixth digit signs in: no tap on "Đăng nhập".
  await page.getByLabel('Mã PIN').fill(DEMO_STAFF.doctor.pin);
  await expect(page.getByText('Mã PIN không đúng. Hãy nhập lại.')).toBeVisible();
  await expect(tab(page, 'Tiêm')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel('Mã PIN').fill(DEMO_STAFF.nurse.pin);
  await expect(tab(page, 'Tiêm')).toBeVisible();

  // Locked on demand: no station, no record, until someone signs in again.
  await page.getByRole('button', { name: 'Khoá máy' }).click();
  await expect(signInHeading(page)).toBeVisible();
  await expect(page.getByLabel('Số CCCD/CMND')).toHaveCount(0);
  await signIn(page, DEMO_STAFF.nurse);

  // One person through to observation, then the board's countdown runs out.
  const [person] = unvaccinatedRegistrations(
    'demo-site',
    1,
    test.info().project.name === 'portrait' ? 1240 : 1200,
  );
  const { citizen } = person!;
  await page.getByLabel('Số CCCD/CMND').fill(citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
  await tab(page, 'Khám sàng lọc').click();
  await page.getByRole('button', { name: citizen.fullName }).click();
  await answerEveryQuestionNo(page);
  await page.getByLabel('Người được tiêm (hoặc người giám hộ) đồng ý tiêm').check();
  await page.getByRole('button', { name: 'Lưu kết quả khám' }).click();
  await tab(page, 'Tiêm').click();
  await page.getByRole('button', { name: citizen.fullName }).click();
  await page.getByRole('radio', { name: /FL8095/ }).check();
  const open = page.getByRole('button', { name: 'Mở lọ mới' });
  if (await open.isVisible()) {
    await open.click();
    // The opened vial is remembered when the nurse looks at another tab and comes back.
    await tab(page, 'Theo dõi').click();
    await tab(page, 'Tiêm').click();
    await page.getByRole('button', { name: citizen.fullName }).click();
    await page.getByRole('radio', { name: /FL8095/ }).check();
    await expect(page.getByText(/Lọ mới mở: 6 liều/)).toBeVisible();
    await expect(open).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Tay phải' }).click();
  await page.getByRole('button', { name: 'Xác nhận đã tiêm' }).click();
  await tab(page, 'Theo dõi').click();
  const card = page.locator('.obs-card', { hasText: citizen.fullName });
  await expect(card).toContainText(/Còn (29|30):\d\d/);
  await busyMinutes(page, 30);
  await expect(card).toContainText('Đã đủ 30 phút');
  // The announcement names everyone who finished at that moment: other specs' visits of the site
  // may finish with this one.
  await expect(page.getByText(new RegExp(`Đã đủ 30 phút: .*${citizen.fullName}`))).toBeAttached();
  await expectNoAxeViolations(page);

  // Five minutes with nobody touching it: the tablet locks itself.
  await page.clock.fastForward('05:01');
  await expect(signInHeading(page)).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('five wrong PINs lock a person out, and a reload does not lift it', async ({ page }) => {
  await enroll(page);
  await expect(signInHeading(page)).toBeVisible({ timeout: 60_000 });
  const tryPin = async (pin: string) => {
    await page.getByLabel('Mã PIN').fill(pin);
    // The field empties when the answer is shown: the next try starts after it.
    await expect(page.getByLabel('Mã PIN')).toHaveValue('');
    await expect(page.getByLabel('Mã PIN')).toBeEnabled();
  };
  const lockedOut = page.getByText('Nhập sai quá nhiều lần. Hãy chờ một phút rồi thử lại.');
  await page.getByRole('button', { name: DEMO_STAFF.doctor.name }).click({ timeout: 60_000 });
  for (let i = 0; i < 4; i++) {
    await tryPin('000000');
    await expect(page.getByText('Mã PIN không đúng. Hãy nhập lại.')).toBeVisible();
  }
  await tryPin('000000');
  await expect(lockedOut).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: DEMO_STAFF.doctor.name }).click({ timeout: 60_000 });
  await tryPin(DEMO_STAFF.doctor.pin);
  await expect(lockedOut).toBeVisible();
  await expect(tab(page, 'Tiêm')).toHaveCount(0);
  // Only that person: the nurse still signs in.
  await page.getByRole('button', { name: 'Chọn người khác' }).click();
  await signIn(page, DEMO_STAFF.nurse);
  await expect(tab(page, 'Tiêm')).toBeVisible();
});
