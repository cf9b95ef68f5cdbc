// The whole day at once (docs/handoff.md): tablet A holds 300 unsent visits; its moving QR code is
// photographed frame by frame (its clock stepped 100 ms at a time), a fifth of the frames are
// dropped at random, and the rest play at 10 frames/s to tablet B's fake camera. B checks the
// digest and the signature, takes all 1,200 records, and both keep them queued for the server.
import path from 'node:path';
import { tmpdir } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import type { VaxRecord } from '../../src/domain/records';
import { dayOfVisits } from '../support/records/day-of-visits';
import {
  DEMO_STAFF,
  enroll,
  expectNoAxeViolations,
  launchWithCamera,
  signIn,
  tab,
} from './support/app';
import { writeY4m } from './support/qr-frame';
import { screenFrame } from './support/screen-frame';
import { shootBoth } from './support/shots';
import { outboxIds, siteDevicesHeld } from './support/tablet-store';
import { mulberry32 } from '../../src/domain/mulberry32';

const SHOTS = '/work/shots/handoff';
const VISITS = 300;

/** Puts records straight into the tablet's store, each queued for the server, as a day leaves them. */
async function queueOnTablet(page: Page, records: VaxRecord[]) {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vax-checkin');
        open.onsuccess = () => {
          const tx = open.result.transaction(['records', 'outbox'], 'readwrite');
          const queuedAt = new Date().toISOString();
          for (const record of list) {
            tx.objectStore('records').put(record);
            const bytes = new TextEncoder().encode(JSON.stringify(record)).length;
            tx.objectStore('outbox').put({ id: record.id, queuedAt, attempts: 0, bytes });
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

test(`a day of ${VISITS} visits moves by moving QR with 20 % of frames lost`, async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const viewport = test.info().project.use.viewport ?? { width: 1280, height: 800 };
  const options = { baseURL, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' };
  const a = await (await browser.newContext(options)).newPage();
  await a.clock.install();
  await enroll(a);
  await signIn(a, DEMO_STAFF.volunteer);
  await expect.poll(() => siteDevicesHeld(a), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  await a.context().setOffline(true);
  const day = dayOfVisits(VISITS);
  await queueOnTablet(a, day);

  await tab(a, 'Cuối ngày').click();
  await a.getByRole('button', { name: 'Chuyển hồ sơ chưa gửi sang máy khác bằng mã QR' }).click();
  const code = a.getByTestId('day-qr');
  await expect(code).toBeVisible({ timeout: 30_000 });
  const count = day.length.toLocaleString('vi-VN');
  await expect(a.getByText(`(${count} bản ghi)`)).toBeVisible();
  await expectNoAxeViolations(a);
  await shootBoth(a, SHOTS, 'a-day-sending');

  // A's screen, one frame every 100 ms of its clock; a fifth of them never reach B's camera.
  await a.clock.pauseAt(Date.now() + 5_000);
  const lose = mulberry32(2026);
  const frames: Uint8ClampedArray[] = [];
  let shown = 0;
  const needed = Number(await a.locator('progress').getAttribute('max'));
  for (; shown < needed * 1.25; shown++) {
    await a.clock.runFor(100);
    const frame = await screenFrame(code);
    if (lose() >= 0.2) frames.push(frame);
  }
  console.log(`${shown} frames shown on A, ${frames.length} reach B (${needed} usually needed)`);
  const file = path.join(tmpdir(), 'vax-e2e-handoff-day.y4m');
  writeY4m(file, frames, 10);

  const camera = await launchWithCamera(playwright, file);
  try {
    const b = await (await camera.newContext(options)).newPage();
    await enroll(b);
    await signIn(b, DEMO_STAFF.nurse);
    await expect.poll(() => siteDevicesHeld(b), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await b.context().setOffline(true);
    const started = Date.now();
    // Progress on B's screen while it gathers frames, then what it took.
    await expect(b.getByText(/Đang nhận hồ sơ chưa gửi từ máy khác: \d+%/)).toBeVisible({
      timeout: 30_000,
    });
    await b.screenshot({ path: path.join(SHOTS, 'b-day-receiving-1280x800.png') });
    await expect(
      b.getByText(`Đã nhận xong: ${count} bản ghi mới (${count} bản ghi của máy kia).`),
    ).toBeVisible({ timeout: 120_000 });
    console.log(`B took the day in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await shootBoth(b, SHOTS, 'b-day-done');
    await expectNoAxeViolations(b);
    // Neither forgets: both still hold every record for the server.
    expect((await outboxIds(b)).length).toBe(day.length);
    expect((await outboxIds(a)).length).toBe(day.length);
  } finally {
    await camera.close();
  }
});
