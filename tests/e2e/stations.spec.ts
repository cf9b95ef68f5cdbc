// One visit through the four stations on two tablets, both online: check-in and injection on
// tablet A, screening and observation on tablet B. Each step recorded on one tablet shows up on
// the other without anyone pressing anything; the server ends with the four records and the dose.
import { expect, test } from '@playwright/test';
import {
  answerEveryQuestionNo,
  DEMO_STAFF,
  expectNoAxeViolations,
  signedInTablet,
  signIn,
  tab,
} from './support/app';
import { serverDoses, serverVisitOf, unvaccinatedRegistrations } from './support/server-db';

const SITE = 'demo-site';

test('a visit goes through four stations on two tablets', async ({ browser, baseURL }) => {
  const [person] = unvaccinatedRegistrations(SITE, 1, offset(1500));
  const { citizen } = person!;
  const a = await signedInTablet(browser, baseURL, DEMO_STAFF.volunteer);
  const b = await signedInTablet(browser, baseURL, DEMO_STAFF.doctor);

  // Tablet A: the volunteer checks the citizen in.
  await a.getByLabel('Số CCCD/CMND').fill(citizen.id!);
  await a.getByRole('button', { name: 'Tìm' }).click();
  await a.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
  await expect(a.getByText(`Đã tiếp đón ${citizen.fullName}`)).toBeVisible();
  const checkedInAt = Date.now();

  // Tablet B: the doctor finds them waiting for screening, and screens them.
  await tab(b, 'Khám sàng lọc').click();
  const waiting = b.getByRole('button', { name: citizen.fullName });
  await expect(waiting).toBeVisible({ timeout: 10_000 });
  console.log(`check-in on A visible on B after ${Date.now() - checkedInAt} ms`);
  await expectNoAxeViolations(b);
  await waiting.click();
  await answerEveryQuestionNo(b);
  // Vitals are optional and folded away until opened.
  await b.getByText('Dấu hiệu sinh tồn, ghi chú').click();
  await b.getByLabel(/Nhiệt độ/).fill('36,8');
  await b.getByLabel('Người được tiêm (hoặc người giám hộ) đồng ý tiêm').check();
  await expect(b.getByText('Đủ điều kiện tiêm').first()).toBeVisible();
  await expectNoAxeViolations(b);
  await b.getByRole('button', { name: 'Lưu kết quả khám' }).click();
  await expect(b.getByText(`Đã lưu kết quả khám của ${citizen.fullName}.`)).toBeVisible();
  const screenedAt = Date.now();

  // Tablet A: a volunteer may not inject; the nurse signs in on the same tablet.
  await expect(tab(a, 'Tiêm')).toHaveCount(0);
  await a.getByRole('button', { name: 'Khoá máy' }).click();
  await signIn(a, DEMO_STAFF.nurse);
  await tab(a, 'Tiêm').click();
  const toInject = a.getByRole('button', { name: citizen.fullName });
  await expect(toInject).toBeVisible({ timeout: 10_000 });
  console.log(`screening on B visible on A after ${Date.now() - screenedAt} ms`);
  await toInject.click();
  await a.getByRole('radio', { name: /ABV5300/ }).check();
  // An AZ vial opened earlier today at the site (by another spec's tablet) may still be usable.
  const open = a.getByRole('button', { name: 'Mở lọ mới' });
  if (await open.isVisible()) await open.click();
  await expect(a.getByText(/Mũi 1/).first()).toBeVisible();
  await a.getByRole('button', { name: 'Tay trái' }).click();
  await expectNoAxeViolations(a);
  await a.getByRole('button', { name: 'Xác nhận đã tiêm' }).click();
  await expect(a.getByText(`Đã ghi nhận mũi tiêm của ${citizen.fullName}`)).toBeVisible();
  const injectedAt = Date.now();

  // Tablet B: the observation board shows the countdown; releasing early needs a second tap.
  await tab(b, 'Theo dõi').click();
  const card = b.locator('.obs-card', { hasText: citizen.fullName });
  await expect(card).toBeVisible({ timeout: 10_000 });
  console.log(`injection on A visible on B after ${Date.now() - injectedAt} ms`);
  await expect(card).toContainText(/Còn (29|30):\d\d/);
  await expectNoAxeViolations(b);
  await card.click();
  await b.getByRole('button', { name: 'Cho về', exact: true }).click();
  await b.getByRole('button', { name: 'Chưa đủ 30 phút — vẫn cho về' }).click();
  await expect(b.getByText(`Đã ghi nhận cho ${citizen.fullName} về.`)).toBeVisible();

  // Both tablets and the server agree on the whole visit.
  await tab(a, 'Hồ sơ hôm nay').click();
  await expect(a.getByRole('button', { name: citizen.fullName })).toContainText('Đã về', {
    timeout: 10_000,
  });
  await expect
    .poll(() => serverVisitOf(SITE, citizen.id!).map((r) => r.type), {
      timeout: 10_000,
    })
    .toEqual(['checkin', 'screening', 'injection', 'observation']);
  expect(serverDoses(citizen.id!)).toEqual([{ vaccine: 'AZ', dose_number: 1 }]);
  await a.context().close();
  await b.context().close();
});

/** Each project (landscape, portrait) checks in its own people on the shared server. */
const offset = (base: number) => base + (test.info().project.name === 'portrait' ? 40 : 0);
