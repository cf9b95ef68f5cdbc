// A day's 300 visits moved between tablets by moving QR with 20 % of frames lost
// (docs/architecture.md §7; docs/handoff.md). Two figures:
// - the code alone: frames a receiver needs over 200 loss patterns, as seconds at 10 frames/s;
// - the real receiving tablet: Debian's Chromium at the desk, the fake camera playing the sending
//   tablet's frames at 10 frames/s with a fifth of them dropped, from the first video frame to
//   "all taken" on screen. The sending tablet is this process: enrolled with a key of its own,
//   signing its bundle as a tablet does.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportPublicKey, generateDeviceKey, signBytes } from '../../src/domain/device-export';
import { DayReceiver, dayFrames } from '../../src/domain/handoff/day-frames';
import { HANDOFF_FORMAT, makeHandoffBundle } from '../../src/domain/handoff/visit-code';
import { canonicalJson } from '../../src/domain/canonical-json';
import { API_PREFIX } from '../../src/domain/protocol';
import { DAY_BLOCK_BYTES } from '../../src/services/day-transfer';
import { newEnrollmentCode } from '../e2e/support/app';
import { qrFrame, writeY4m } from '../e2e/support/qr-frame';
import { startServer } from '../e2e/support/server';
import { siteDevicesHeld } from '../e2e/support/tablet-store';
import { DAY, SITE } from '../support/records/envelope';
import { dayOfVisits } from '../support/records/day-of-visits';
import { openDesk } from './desk';
import { mulberry32 } from '../../src/domain/mulberry32';

const VISITS = 300;
const LOSS = 0.2;
const FPS = 10;

/** Frames shown until a receiver missing `LOSS` of them at random has the whole set. */
async function framesNeeded(frame: (n: number) => string, seed: number): Promise<number> {
  const receiver = new DayReceiver();
  const lose = mulberry32(seed);
  for (let shown = 1; ; shown++) {
    if (lose() < LOSS) continue;
    if (receiver.add(frame(shown - 1)) === 'complete') return shown;
  }
}

export async function benchHandoffDay(port: number): Promise<string> {
  const server = await startServer(undefined, port);
  process.env.E2E_DATA_DIR = server.dataDir;
  try {
    const key = await generateDeviceKey();
    const enrolled = await fetch(`http://127.0.0.1:${port}${API_PREFIX}/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code: newEnrollmentCode(),
        deviceName: 'bench sender',
        publicKey: await exportPublicKey(key.publicKey),
      }),
    });
    const { deviceId } = (await enrolled.json()) as { deviceId: string };
    const records = dayOfVisits(VISITS, DAY, SITE);
    const bundle = await makeHandoffBundle(
      {
        format: HANDOFF_FORMAT,
        deviceId,
        siteId: SITE,
        madeAt: `${DAY}T17:00:00.000+07:00`,
        records,
      },
      (bytes) => signBytes(key.privateKey, bytes),
    );
    const frames = await dayFrames(bundle, DAY_BLOCK_BYTES);
    const needed: number[] = [];
    for (let run = 0; run < 200; run++) needed.push(await framesNeeded(frames.frame, run + 1));
    needed.sort((a, b) => a - b);
    const seconds = (n: number) => (n / FPS).toFixed(1);
    const at = (q: number) => needed[Math.min(needed.length - 1, Math.floor(q * needed.length))]!;

    // Frames as the sender shows them: new ones all along (the file loops only after 40 s, so the
    // camera's own misses are made up by fresh frames, as with a real sender), a fifth dropped.
    const lose = mulberry32(7);
    const shown = Array.from({ length: 40 * FPS }, (_, n) => frames.frame(n));
    const folder = mkdtempSync(path.join(tmpdir(), 'vax-bench-'));
    const video = path.join(folder, 'day.y4m');
    writeY4m(
      video,
      shown.filter(() => lose() >= LOSS).map((text) => qrFrame(text)),
      FPS,
    );
    const desk = await openDesk(port, newEnrollmentCode(), [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    let camera: string;
    try {
      await desk.enroll();
      await desk.ready(120_000);
      while ((await siteDevicesHeld(desk.page)) < 2) await desk.page.waitForTimeout(200);
      await desk.page.evaluate(PROBE);
      await desk.page.getByText(/^Đã nhận xong/).waitFor({ timeout: 180_000 });
      const ms = await desk.page.evaluate(() => {
        const w = window as unknown as { firstFrameAt: number; doneAt: number };
        return w.doneAt - w.firstFrameAt;
      });
      camera = `${(ms / 1000).toFixed(1)} s`;
    } finally {
      await desk.browser.close();
      // About half a gigabyte of frames.
      rmSync(folder, { recursive: true, force: true });
    }
    const load = execSync('uptime')
      .toString()
      .trim()
      .replace(/.*load/, 'load');
    const json = canonicalJson(records).length;
    return (
      `Day hand-off by moving QR, ${VISITS} visits (${records.length} records, ` +
      `${(json / 1024).toFixed(0)} KB JSON → ${(bundle.length / 1024).toFixed(1)} KB signed and ` +
      `deflated, ${frames.blocks} blocks of ${DAY_BLOCK_BYTES} B), 20 % of frames lost, 10 frames/s: ` +
      `code alone median ${seconds(at(0.5))} s, p95 ${seconds(at(0.95))} s, ` +
      `max ${seconds(needed.at(-1)!)} s (200 patterns); Chromium desk with the fake camera ` +
      `${camera} from the first frame to all taken (${load}) — target ≤ 30 s`
    );
  } finally {
    await server.stop();
  }
}

/** Runs in the page (as source text): when the first camera frame arrived, and when the desk
 * said the transfer is done. */
const PROBE = `(() => {
  window.firstFrameAt = 0;
  window.doneAt = 0;
  document.querySelector('.scan-video').requestVideoFrameCallback((now) => {
    window.firstFrameAt = now;
  });
  new MutationObserver(() => {
    if (document.body.textContent.includes('Đã nhận xong')) window.doneAt ||= performance.now();
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;
