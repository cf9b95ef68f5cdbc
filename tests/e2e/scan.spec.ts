// Scanning at the desk with Chromium's fake camera showing a generated QR: each kind of code
// gives the right screen, online and again with the network off (decoder and data are local).
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { makeCitizenId } from '../../src/domain/citizen-id';
import type { CheckinRecord, Citizen } from '../../src/domain/records';
import {
  confirmCheckin,
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  launchWithCamera,
  signedInTablet,
  signIn,
  tab,
} from './support/app';
import { codesFrame, qrFrame, writeY4m } from './support/qr-frame';
import { registrationsToCheckIn, serverVisitOf } from './support/server-db';

const SITE = 'demo-site';
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('');

/** Opens the desk with the camera showing `payload` (a code, or a frame of several), checks it,
 * then again offline. */
function scenario(
  name: string,
  payload: () => string | Uint8ClampedArray,
  check: (page: Page) => Promise<void>,
) {
  test(`${name}: online, then offline`, async ({ playwright, baseURL }) => {
    // The fake camera reads its file when the browser starts, so each code has its own browser.
    const file = path.join(tmpdir(), `vax-e2e-${name.replace(/\W+/g, '-')}.y4m`);
    const shown = payload();
    writeY4m(file, typeof shown === 'string' ? qrFrame(shown) : shown);
    const browser = await launchWithCamera(playwright, file);
    try {
      const page = await signedInTablet(browser, baseURL, DEMO_STAFF.volunteer);
      await check(page);
      await expectNoAxeViolations(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.context().setOffline(true);
      await page.reload();
      await signIn(page);
      await check(page);
    } finally {
      await browser.close();
    }
  });
}

let registered: ReturnType<typeof registrationsToCheckIn>;
const person = (i: number) => {
  registered ??= registrationsToCheckIn(SITE, 3, 300);
  return registered[i]!.citizen;
};

const cardOf = (c: Citizen) => {
  const sex = c.sex === 'M' ? 'Nam' : 'Nữ';
  return [c.id, '', c.fullName, ddmmyyyy(c.dob), sex, c.address ?? '', '01012022'].join('|');
};

scenario(
  'chip ID card of a registered citizen',
  () => cardOf(person(0)),
  async (page) => {
    const c = person(0);
    await expect(page.locator('.citizen-name')).toHaveText(c.fullName, { timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Xác nhận tiếp đón' })).toBeVisible();
  },
);

const WALK_IN = { name: 'Trần Bảo Ngọc', dob: '2001-03-05', address: '45 Nguyễn Huệ, Quận 1' };
const walkInId = makeCitizenId('079', 'F', 2001, '012345');
scenario(
  'chip ID card of a walk-in',
  () => [walkInId, '', WALK_IN.name, '05032001', 'Nữ', WALK_IN.address, '01012022'].join('|'),
  async (page) => {
    await expect(page.getByLabel('Họ và tên')).toHaveValue(WALK_IN.name, { timeout: 30_000 });
    await expect(page.getByLabel('Số CCCD/CMND')).toHaveValue(walkInId);
    await expect(page.getByLabel('Ngày sinh')).toHaveValue('05/03/2001');
    await expect(page.getByRole('radio', { name: 'Nữ' })).toBeChecked();
    await expect(page.getByText('Thông tin đã lấy từ căn cước')).toBeVisible();
  },
);

scenario(
  'personal QR of the health app',
  () => {
    const c = person(1);
    const ascii = c.fullName.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'D');
    return [c.id, ascii.toUpperCase(), c.dob, '1', 'Q0001', ''].join('|');
  },
  async (page) => {
    await expect(page.locator('.citizen-name')).toHaveText(person(1).fullName, {
      timeout: 30_000,
    });
  },
);

scenario(
  'masked personal QR',
  () => '0791*******4|NGUYEN VAN A|1990-01-01|1|Q0001|',
  async (page) => {
    await expect(page.getByRole('alert')).toContainText('che bớt số định danh', {
      timeout: 30_000,
    });
  },
);

scenario(
  'a QR that is not a citizen code',
  () => 'https://example.com/<b>khuyen-mai</b>',
  async (page) => {
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Đã đọc: “https://example.com/<b>khuyen-mai</b>”', {
      timeout: 30_000,
    });
    // Scanned text is shown as text, never parsed as HTML.
    await expect(alert.locator('b')).toHaveCount(0);
  },
);

// Held off-centre beside another QR, the card is still the code read: every code of a frame is
// decoded and the citizen's chosen over a poster's.
scenario(
  'an ID card beside a poster’s QR',
  () =>
    codesFrame([
      { text: 'https://tiemchung.example.vn/dang-ky?utm=poster', dx: -330, dy: 40 },
      { text: cardOf(person(2)), dx: 300, dy: -30 },
    ]),
  async (page) => {
    await expect(page.locator('.citizen-name')).toHaveText(person(2).fullName, {
      timeout: 30_000,
    });
  },
);

scenario(
  'two citizens’ ID cards in view',
  () =>
    codesFrame([
      { text: cardOf(person(0)), dx: -320 },
      { text: cardOf(person(1)), dx: 320 },
    ]),
  async (page) => {
    await expect(page.getByRole('alert')).toContainText('mã của hai người khác nhau', {
      timeout: 30_000,
    });
    await expect(page.locator('.citizen-name')).toHaveCount(0);
  },
);

test('decoding pauses while a citizen is on screen; the same card is not reopened at once', async ({
  playwright,
  baseURL,
}) => {
  const c = person(0);
  const file = path.join(tmpdir(), 'vax-e2e-scan-pause.y4m');
  writeY4m(file, qrFrame(cardOf(c)));
  const browser = await launchWithCamera(playwright, file);
  try {
    const context = await browser.newContext({ baseURL, locale: 'vi-VN' });
    // Counts the frames sent to the decoding worker (its only messages carrying a transfer).
    await context.addInitScript(() => {
      const w = window as unknown as { framesSent: number };
      w.framesSent = 0;
      const post = Worker.prototype.postMessage as (m: unknown, t?: unknown) => void;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, transfer?: unknown) {
        if (Array.isArray(transfer) && transfer.length > 0) w.framesSent++;
        post.call(this, message, transfer);
      } as Worker['postMessage'];
    });
    const page = await context.newPage();
    const framesSent = () => page.evaluate(() => (window as { framesSent?: number }).framesSent);
    await enroll(page);
    await signIn(page);
    await expect(page.locator('.citizen-name')).toHaveText(c.fullName, { timeout: 30_000 });
    // The card stays in view (the fake camera loops it), but nothing is decoded meanwhile: at
    // most the frame already on its way when the card opened.
    const shown = (await framesSent())!;
    await page.waitForTimeout(1500);
    expect(await framesSent()).toBeLessThanOrEqual(shown + 1);
    await page.getByRole('button', { name: 'Huỷ' }).click();
    // Decoding again, with the same card still in view: it is not opened again.
    const resumed = (await framesSent())!;
    await expect.poll(framesSent).toBeGreaterThan(resumed + 10);
    await page.waitForTimeout(4000);
    await expect(page.locator('.citizen-name')).toHaveCount(0);
    expect(await framesSent()).toBeGreaterThan(resumed + 20);
  } finally {
    await browser.close();
  }
});

test('a station picks a visit up when the citizen’s card is scanned again', async ({
  playwright,
  baseURL,
}) => {
  const [reg] = registrationsToCheckIn(
    SITE,
    1,
    test.info().project.name === 'portrait' ? 1700 : 1650,
  );
  const c = reg!.citizen;
  const sex = c.sex === 'M' ? 'Nam' : 'Nữ';
  const file = path.join(tmpdir(), 'vax-e2e-station-scan.y4m');
  writeY4m(file, qrFrame([c.id, '', c.fullName, ddmmyyyy(c.dob), sex, '', '01012022'].join('|')));
  const browser = await launchWithCamera(playwright, file);
  try {
    const page = await signedInTablet(browser, baseURL, DEMO_STAFF.nurse);
    // The desk's camera reads the card: check them in.
    await expect(page.locator('.citizen-name')).toHaveText(c.fullName, { timeout: 30_000 });
    await confirmCheckin(page, c.fullName);
    // It reaches the server saying the card identified the citizen (only such a
    // check-in, or a registration, lets a site receive the citizen's dose history).
    const methods = () =>
      serverVisitOf(SITE, c.id!)
        .filter((r) => r.type === 'checkin')
        .map((r) => (JSON.parse(r.body) as CheckinRecord).data.method);
    await expect.poll(methods, { timeout: 30_000 }).toEqual(['cccd-qr']);
    // At the screening table the same card opens their checklist.
    await tab(page, 'Khám sàng lọc').click();
    await expect(page.locator('.checklist .yes-no').first()).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByRole('region', { name: 'Khám sàng lọc' }).getByText(c.fullName, { exact: true }),
    ).toBeVisible();
  } finally {
    await browser.close();
  }
});
