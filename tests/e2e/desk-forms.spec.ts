// The PIN pad fits every tablet and phone and signs in on the last digit;
// dates are typed day first with a year alone allowed and read back in words; the desk after a
// typed ID keeps its focus, its colours and its layout, online or not.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { makeCitizenId } from '../../src/domain/citizen-id';
import {
  DEMO_STAFF,
  confirmCheckin,
  enroll,
  expectNoAxeViolations,
  signIn,
  syncStatus,
} from './support/app';
import { registrationsToCheckIn } from './support/server-db';

const SHOTS = process.env.DESK_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });
/** Screenshots to look at, when DESK_SHOTS names a folder for them. */
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const pageSize = (page: Page) =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    width: window.innerWidth,
    height: window.innerHeight,
  }));

/** The page does not scroll, either way. */
async function expectNoPageScroll(page: Page) {
  const size = await pageSize(page);
  expect(size.scrollWidth).toBeLessThanOrEqual(size.width);
  expect(size.scrollHeight).toBeLessThanOrEqual(size.height);
}

async function expectInViewport(page: Page, name: string) {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, name).not.toBeNull();
  expect(box!.y + box!.height, `${name} is below the fold`).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width, `${name} is off to the right`).toBeLessThanOrEqual(viewport.width);
  expect(Math.min(box!.width, box!.height), `${name} is too small to tap`).toBeGreaterThanOrEqual(
    44,
  );
}

const signInHeading = (page: Page) => page.getByRole('heading', { name: 'Đăng nhập' });

test('the PIN pad fits 1280×800, 800×1280 and 390×844 and signs in on the sixth digit', async ({
  page,
  context,
}) => {
  await enroll(page);
  await expect(signInHeading(page)).toBeVisible({ timeout: 60_000 });
  // Nothing looks focused after enrolling: focus is on the heading, no staff card has a ring.
  await expect(signInHeading(page)).toBeFocused();
  const rings = await page
    .locator('.staff-button')
    .evaluateAll(
      (cards) => cards.filter((c) => getComputedStyle(c).outlineStyle !== 'none').length,
    );
  expect(rings).toBe(0);

  const sizes = [
    ['landscape', 1280, 800],
    ['portrait', 800, 1280],
    ['phone', 390, 844],
  ] as const;
  for (const [name, width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('button', { name: DEMO_STAFF.nurse.name })).toBeVisible();
    await shot(page, `signin-staff-${name}-${width}x${height}`);
    await expectNoPageScroll(page);
    await page.getByRole('button', { name: DEMO_STAFF.nurse.name }).click();
    await shot(page, `signin-pin-${name}-${width}x${height}`);
    for (const key of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']) {
      await expectInViewport(page, key);
    }
    await expectInViewport(page, 'Chọn người khác');
    await expectNoPageScroll(page);
    await expectNoAxeViolations(page);
    // Six taps and nothing else: the sixth digit signs in.
    for (const digit of DEMO_STAFF.nurse.pin) {
      await page.getByRole('button', { name: digit, exact: true }).click();
    }
    await expect(page.getByRole('button', { name: 'Khoá máy' })).toBeVisible();
    await page.getByRole('button', { name: 'Khoá máy' }).click();
    await expect(signInHeading(page)).toBeVisible();
  }

  // A wrong PIN is refused on its sixth digit too, and the field empties for the next try.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: DEMO_STAFF.doctor.name }).click();
  for (const digit of '000000')
    await page.getByRole('button', { name: digit, exact: true }).click();
  await expect(page.getByText('Mã PIN không đúng. Hãy nhập lại.')).toBeVisible();
  await expect(page.getByLabel('Mã PIN')).toHaveValue('');
  await shot(page, 'signin-wrong-pin-1280x800');

  // Offline, the sign-in screen still fits: the banner costs no scroll.
  await context.setOffline(true);
  await expect(syncStatus(page).online).toHaveText(/Ngoại tuyến/);
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(page.getByRole('button', { name: 'Đồng bộ ngay' })).toBeEnabled();
  await shot(page, 'signin-offline-1280x800');
  await expectNoPageScroll(page);
  await page.getByRole('button', { name: 'Chọn người khác' }).click();
  await expectNoPageScroll(page);
  await context.setOffline(false);
});

test('a walk-in’s date of birth: typed day first, a year alone, checked against the ID', async ({
  page,
}) => {
  const id = makeCitizenId('001', 'F', 1950, '171717');
  await enroll(page);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });
  await idField.fill(id);
  await page.getByRole('button', { name: 'Tìm' }).click();
  // Not on the list is news to act on, not a success.
  const notFound = page.getByText('Không có trong danh sách đăng ký');
  await expect(notFound).toBeVisible();
  const okColour = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--ok').trim(),
  );
  expect(okColour).not.toBe('');
  const colour = await notFound.evaluate((el) => getComputedStyle(el).color);
  expect(colour).not.toBe('rgb(29, 107, 52)');

  const dob = page.getByLabel('Ngày sinh');
  // Digits only, as on a tablet's number pad: the slashes put themselves in.
  await dob.pressSequentially('05031950');
  await expect(dob).toHaveValue('05/03/1950');
  await expect(page.getByText('Sẽ lưu: ngày 5 tháng 3 năm 1950')).toBeVisible();
  await shot(page, 'walkin-dob-full-1280x800');
  // A year that disagrees with the ID's digits is flagged at once.
  await dob.fill('1952');
  await expect(page.getByText('Sẽ lưu: năm 1952')).toBeVisible();
  await expect(
    page.getByText('Số CCCD ghi năm sinh 1950, ngày sinh đã nhập là năm 1952: hãy kiểm tra lại.'),
  ).toBeVisible();
  await shot(page, 'walkin-dob-year-mismatch-1280x800');
  // Month first is not a date here.
  await dob.fill('03/25/1950');
  await page.getByLabel('Họ và tên').click();
  await expect(page.getByText(/Chưa đọc được ngày này/)).toBeVisible();
  // The year alone is enough.
  await dob.fill('1950');
  await expect(page.getByText('Sẽ lưu: năm 1950')).toBeVisible();
  await expect(page.getByText(/Số CCCD ghi năm sinh/)).toHaveCount(0);
  await page.getByLabel('Họ và tên').fill('Phạm Thị Lài');
  await page.getByRole('radio', { name: 'Nữ' }).check();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 800, height: 1280 });
  await shot(page, 'walkin-dob-year-800x1280');
  await page.setViewportSize({ width: 1280, height: 800 });
  await confirmCheckin(page, 'Phạm Thị Lài');
  // The server takes the year alone as it is: nothing waits, nothing is refused.
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(syncStatus(page).queued).toHaveText('0');
  await expect(syncStatus(page).attention).toHaveText('0');
  // The same ID again: the year alone comes back as the year alone.
  await idField.fill(id);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByLabel('Ngày sinh')).toHaveValue('1950');
});

test('the desk after a typed ID: focus, the other search, no empty card, offline fits', async ({
  page,
  context,
}) => {
  const [person] = registrationsToCheckIn('demo-site', 1, 950);
  const { citizen } = person!;
  await enroll(page);
  await signIn(page);
  const idField = page.getByLabel('Số CCCD/CMND');
  await expect(idField).toBeVisible({ timeout: 60_000 });

  // "Không có căn cước?…" is a button that looks like one.
  const other = page.getByText('Không có căn cước?');
  const look = await other.evaluate((el) => {
    const style = getComputedStyle(el);
    return { height: el.getBoundingClientRect().height, border: style.borderTopWidth };
  });
  expect(look.height).toBeGreaterThanOrEqual(44);
  expect(look.border).not.toBe('0px');
  await shot(page, 'desk-lookup-1280x800');

  await idField.fill(citizen.id!);
  await page.getByRole('button', { name: 'Tìm' }).click();
  await expect(page.getByRole('button', { name: 'Xác nhận tiếp đón' })).toBeVisible();
  // While confirming, no card stands empty.
  const empty = await page
    .locator('.card')
    .evaluateAll((cards) => cards.filter((c) => (c.textContent ?? '').trim() === '').length);
  expect(empty).toBe(0);
  await shot(page, 'desk-confirm-1280x800');
  await page.setViewportSize({ width: 800, height: 1280 });
  await shot(page, 'desk-confirm-800x1280');
  await page.setViewportSize({ width: 1280, height: 800 });
  await confirmCheckin(page, citizen.fullName);
  // Ready for the next person's ID at once.
  await expect(idField).toBeFocused();

  // Offline, the banner's longer status line makes the page no wider than the screen (the sign-in
  // test above checks it costs no vertical scroll where the page fits).
  await context.setOffline(true);
  await expect(syncStatus(page).online).toHaveText(/Ngoại tuyến/);
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expect(page.getByRole('button', { name: 'Đồng bộ ngay' })).toBeEnabled();
  const offline = await pageSize(page);
  expect(offline.scrollWidth).toBeLessThanOrEqual(offline.width);
  await expectNoAxeViolations(page);
  await shot(page, 'desk-offline-1280x800');
  await context.setOffline(false);
});
