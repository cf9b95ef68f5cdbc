// What the check-in desk loads before its first camera frame reaches the decoder, in Debian's
// Chromium with the fake camera: the files fetched from the sign-in on (their bytes as read by the
// app, whether from the network or the service worker's precache), and the time from the desk
// showing to the first frame sent to the decoding worker. Measured on the first desk open after
// enrollment, then on reopens (reload, sign in again).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Request } from '@playwright/test';
import { blankFrame, writeY4m } from '../e2e/support/qr-frame';
import { signIn } from '../e2e/support/app';
import { startServer } from '../e2e/support/server';
import { openDesk } from './desk';

const REOPENS = Number(process.env.BENCH_DESK_REOPENS ?? 3);

/** Runs in the page before the app: notes when the desk's video appears and when the first frame
 * is posted to a worker (the decoder's requests are the only posts carrying a transfer). */
const PROBE = `(() => {
  window.deskShownAt = 0;
  window.firstFrameAt = 0;
  new MutationObserver(() => {
    if (!window.deskShownAt && document.querySelector('.scan-video')) {
      window.deskShownAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    if (!window.firstFrameAt && Array.isArray(transfer) && transfer.length > 0) {
      window.firstFrameAt = performance.now();
    }
    return post.call(this, message, transfer);
  };
})()`;

interface Open {
  ms: number;
  bytes: number;
  files: { name: string; bytes: number }[];
}

export async function benchDeskLoad(port: number): Promise<string> {
  const server = await startServer(undefined, port);
  const video = path.join(mkdtempSync(path.join(tmpdir(), 'vax-bench-')), 'desk.y4m');
  writeY4m(video, blankFrame());
  const desk = await openDesk(
    port,
    server.enrollmentCode,
    [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
    PROBE,
  );
  try {
    const { page } = desk;
    let requests: { request: Request; at: number }[] = [];
    page.on('requestfinished', (request) => requests.push({ request, at: Date.now() }));

    const open = async (signedIn: Promise<void>): Promise<Open> => {
      requests = [];
      await signedIn;
      await page.waitForFunction(() => (window as { firstFrameAt?: number }).firstFrameAt, null, {
        timeout: 60_000,
      });
      const { ms, firstFrameAt } = await page.evaluate(() => {
        const w = window as unknown as { deskShownAt: number; firstFrameAt: number };
        return {
          ms: w.firstFrameAt - w.deskShownAt,
          firstFrameAt: performance.timeOrigin + w.firstFrameAt,
        };
      });
      // Files fetched before the first frame only (both clocks are this machine's).
      const files = await Promise.all(
        requests
          .filter(({ at }) => at <= firstFrameAt)
          .map(({ request }) => request)
          .filter((r) => new URL(r.url()).pathname.startsWith('/assets/'))
          .map(async (r) => ({
            name: path.basename(new URL(r.url()).pathname),
            bytes: (await (await r.response())?.body())?.length ?? 0,
          })),
      );
      return { ms, bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
    };

    await desk.enroll();
    const first = await open(desk.ready(300_000));
    const reopens: Open[] = [];
    for (let i = 0; i < REOPENS; i++) {
      await page.reload();
      reopens.push(await open(signIn(page)));
    }
    reopens.sort((a, b) => a.ms - b.ms);
    const median = reopens[Math.floor(reopens.length / 2)]!;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
    const list = (o: Open) =>
      o.files
        .sort((a, b) => b.bytes - a.bytes)
        .map((f) => `${f.name} ${kb(f.bytes)}`)
        .join(', ');
    return [
      `Desk open → first frame to the decoder (Chromium, fake camera):`,
      `  first open after enrollment: ${first.ms.toFixed(0)} ms, ${kb(first.bytes)} loaded from the enrollment tap (${list(first)})`,
      `  reopen, median of ${REOPENS}: ${median.ms.toFixed(0)} ms, ${kb(median.bytes)} loaded from the sign-in (${list(median)})`,
    ].join('\n');
  } finally {
    await desk.browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchDeskLoad(Number(process.env.BENCH_PORT ?? 18090)));
}
