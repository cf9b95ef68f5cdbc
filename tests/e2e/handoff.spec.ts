// Hand-off by QR between two tablets of the site with no network (docs/handoff.md): tablet A's
// screen is photographed and played to tablet B's fake camera. B takes a visit and carries it on at
// its station; a forged code and another site's records are refused with the reason on screen;
// and when both tablets reach the server, each record is stored once.
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { generateDeviceKey, signBytes } from '../../src/domain/device-export';
import {
  HANDOFF_FORMAT,
  makeHandoffCode,
  type HandoffPayload,
} from '../../src/domain/handoff/visit-code';
import type { VaxRecord } from '../../src/domain/records';
import { isoWithOffset } from '../../src/domain/time';
import { numberedCheckin } from '../support/records';
import {
  answerEveryQuestionNo,
  DEMO_STAFF,
  expectNoAxeViolations,
  launchWithCamera,
  signedInTablet,
  syncStatus,
  tab,
  todayInVietnam,
} from './support/app';
import { qrFrame, writeY4m } from './support/qr-frame';
import { screenFrame } from './support/screen-frame';
import { shootBoth } from './support/shots';
import { serverVisitOf, unvaccinatedRegistrations } from './support/server-db';
import { deviceIdOf, outboxIds, signerOf, siteDevicesHeld } from './support/tablet-store';

const SITE = 'demo-site';
const SHOTS = '/work/shots/handoff';

/** Waits until the tablet holds the keys of at least `n` devices of the site, then cuts it off. */
async function offlineKnowing(page: Page, n: number) {
  await expect.poll(() => siteDevicesHeld(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(n);
  await page.context().setOffline(true);
}

const shoot = (page: Page, name: string) => shootBoth(page, SHOTS, name);

const cameraFile = (name: string) => path.join(tmpdir(), `vax-e2e-handoff-${name}.y4m`);

test('a visit goes from tablet to tablet by QR with no network; the server keeps each record once', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const [person] = unvaccinatedRegistrations(SITE, 1, 1100);
  const { citizen } = person!;
  const a = await signedInTablet(browser, baseURL, DEMO_STAFF.volunteer);
  await offlineKnowing(a, 1);

  // Tablet A, offline: the volunteer checks the citizen in, then shows the visit as a code.
  await a.getByLabel('Số CCCD/CMND').fill(citizen.id!);
  await a.getByRole('button', { name: 'Tìm' }).click();
  await a.getByRole('button', { name: 'Xác nhận tiếp đón' }).click();
  await expect(a.getByText(`Đã tiếp đón ${citizen.fullName}`)).toBeVisible();
  const [checkinId] = await outboxIds(a);
  await tab(a, 'Hồ sơ hôm nay').click();
  await a.getByRole('button', { name: citizen.fullName }).click();
  await a.getByRole('button', { name: 'Chuyển sang máy khác bằng mã QR' }).click();
  const code = a.getByTestId('handoff-qr');
  await expect(code).toBeVisible();
  await expectNoAxeViolations(a);
  await shoot(a, 'a-shows-visit');
  writeY4m(cameraFile('visit'), await screenFrame(code));

  // Tablet B (the doctor's), enrolled before the day, offline too: its camera sees A's screen.
  const camera = await launchWithCamera(playwright, cameraFile('visit'));
  try {
    const b = await signedInTablet(camera, baseURL, DEMO_STAFF.doctor);
    await offlineKnowing(b, 2);
    await tab(b, 'Khám sàng lọc').click();
    // The code is taken and the visit opens at the screening table.
    const form = b.getByRole('region', { name: 'Khám sàng lọc' });
    await expect(form.getByText(citizen.fullName)).toBeVisible({ timeout: 30_000 });
    // Said above the visit it opened, where the doctor looks.
    await expect(b.getByText(`Đã nhận hồ sơ của ${citizen.fullName} từ máy khác`)).toBeVisible();
    expect(await outboxIds(b)).toContain(checkinId);
    await expectNoAxeViolations(b);
    await shoot(b, 'b-carries-on');
    await answerEveryQuestionNo(b);
    await b.getByLabel('Người được tiêm (hoặc người giám hộ) đồng ý tiêm').check();
    await b.getByRole('button', { name: 'Lưu kết quả khám' }).click();
    await expect(b.getByText(`Đã lưu kết quả khám của ${citizen.fullName}.`)).toBeVisible();

    // Back online, both push the check-in: one is stored, the other answered as a duplicate.
    await b.context().setOffline(false);
    await a.context().setOffline(false);
    for (const page of [a, b]) {
      await expect(syncStatus(page).queued).toHaveText('0', { timeout: 30_000 });
      await expect(syncStatus(page).attention).toHaveText('0');
    }
    const stored = serverVisitOf(SITE, citizen.id!);
    expect(stored.map((r) => r.type)).toEqual(['checkin', 'screening']);
    expect(stored[0]!.id).toBe(checkinId);
  } finally {
    await camera.close();
  }
});

test('a forged code and a code with another site’s record are refused, saying why', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const a = await signedInTablet(browser, baseURL, DEMO_STAFF.volunteer);
  const deviceId = await deviceIdOf(a);
  const day = todayInVietnam();
  const record = (siteId: string, serial: number) =>
    numberedCheckin(serial, `${day}T09:15:02.123+07:00`, { siteId }) as VaxRecord;
  const payload = (records: VaxRecord[]): HandoffPayload => ({
    format: HANDOFF_FORMAT,
    deviceId,
    siteId: SITE,
    madeAt: isoWithOffset(new Date()),
    records,
  });
  // Claims to be tablet A but is signed with another key.
  const stranger = await generateDeviceKey();
  const forged = await makeHandoffCode(payload([record(SITE, 901)]), (bytes) =>
    signBytes(stranger.privateKey, bytes),
  );
  // Really signed by tablet A's own key, but holding a record of another site.
  const foreign = await makeHandoffCode(payload([record('other-site', 902)]), signerOf(a));
  // 1.5 s of each code, over and over, as two tablets held up in turn.
  writeY4m(cameraFile('refused'), [
    ...Array.from({ length: 45 }, () => qrFrame(forged, 4)),
    ...Array.from({ length: 45 }, () => qrFrame(foreign, 4)),
  ]);

  const camera = await launchWithCamera(playwright, cameraFile('refused'));
  try {
    const b = await signedInTablet(camera, baseURL, DEMO_STAFF.volunteer);
    await offlineKnowing(b, 2);
    // At the check-in desk.
    await expect(b.getByText(/Không nhận: chữ ký của mã không đúng/)).toBeVisible({
      timeout: 30_000,
    });
    await shoot(b, 'b-refuses-forged');
    await expect(b.getByText(/Không nhận: mã này có hồ sơ của điểm tiêm khác/)).toBeVisible({
      timeout: 30_000,
    });
    await expectNoAxeViolations(b);
    expect(await outboxIds(b)).toEqual([]);
  } finally {
    await camera.close();
  }
});
