// A walk-in typed at the desk, then the same ID again: the tablet reuses the person it knows and
// warns that they were already checked in, instead of creating a second person.
import { expect, test } from '@playwright/test';
import { makeCitizenId } from '../../src/domain/citizen-id';
import { enroll, expectNoAxeViolations, signIn } from './support/app';
import { registrationsToCheckIn } from './support/server-db';

test('the same ID never becomes two people', async ({ page }) => {
  const id = makeCitizenId('001', 'M', 1985, '424242');
  await enroll(page);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });

  await idField.fill(id);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByText('Không có trong danh sách đăng ký')).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Đoàn Minh Khôi');
  await page.getByLabel('Ngày sinh').fill('1985-04-30');
  await page.getByRole('radio', { name: 'Nam' }).check();
  await page.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
  await expect(page.getByText('Đã tiếp đón Đoàn Minh Khôi')).toBeVisible();

  await idField.fill(id);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByText('Người này đã có trên máy')).toBeVisible();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Đoàn Minh Khôi');
  await expect(page.getByLabel('Ngày sinh')).toHaveValue('30/04/1985');
  await expect(page.getByRole('alert')).toContainText('đã được tiếp đón hôm nay');
  await expectNoAxeViolations(page);
});

test('without a card: found by name and date of birth without diacritics, or by code', async ({
  page,
}) => {
  const [person] = registrationsToCheckIn('demo-site', 1, 900);
  const { fullName, dob } = person!.citizen;
  await enroll(page);
  await signIn(page);
  await expect(page.getByLabel('Số CCCD/CMND')).toBeVisible({ timeout: 60_000 });
  await page.getByText('Không có căn cước?').click();

  const ascii = fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
  await page.getByLabel('Họ và tên').fill(ascii.toUpperCase());
  await page.getByLabel('Ngày sinh').fill(dob);
  await page.getByRole('button', { name: 'Tìm theo tên' }).click();
  await expect(page.locator('.citizen-name')).toHaveText(fullName);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Huỷ' }).click();

  await page.getByText('Không có căn cước?').click();
  await page.getByLabel('Mã đăng ký').fill(person!.code.toLowerCase());
  await page.getByRole('button', { name: 'Tìm theo mã' }).click();
  await expect(page.locator('.citizen-name')).toHaveText(fullName);
});
