// QR in front of the camera → citizen's name on screen, in Debian's Chromium with the fake camera
// playing at 30 frames/s a loop of three citizens' ID-card QRs, each for 1 s, with 0.5 s of empty
// desk between them; optionally with CPU-burning processes beside the browser. In the page, a
// probe on the desk's video works out from each frame's media time which code it shows and notes
// when each code appeared (the capture time of its first frame) and when the page was first given
// it; a probe on the decoding worker notes its first answer with that code; an observer notes when
// the confirm card shows the name. The bench taps Cancel to get the desk ready again.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Citizen } from '../../src/domain/records';
import { blankFrame, qrFrame, writeY4m } from '../e2e/support/qr-frame';
import { startServer } from '../e2e/support/server';
import { openDesk } from './desk';

const SCANS = Number(process.env.BENCH_SCANS ?? 20);
const FPS = 30;
const CODES = 3;
const QR_FRAMES = 30;
const BLANK_FRAMES = 15;
const STAMP_BITS = 8;

function cardText(c: Citizen): string {
  const dob = c.dob.split('-').reverse().join('');
  return [
    c.id,
    '',
    c.fullName,
    dob,
    c.sex === 'M' ? 'Nam' : 'Nữ',
    c.address ?? '',
    '01012022',
  ].join('|');
}

/**
 * The frame with its index in the file written in its top-left corner, a bit a block of 8×8
 * pixels (black for 1), far from the code: the probe reads it off the frames the desk decodes.
 */
function stamped(frame: Uint8ClampedArray, index: number): Uint8ClampedArray {
  const out = frame.slice();
  for (let bit = 0; bit < STAMP_BITS; bit++) {
    const level = (index >> bit) & 1 ? 20 : 245;
    for (let y = 0; y < 8; y++) {
      for (let x = bit * 8; x < bit * 8 + 8; x++)
        out.fill(level, (y * 1280 + x) * 4, (y * 1280 + x) * 4 + 3);
    }
  }
  return out;
}

/** `burners`: processes spinning on a core each, beside the browser, for the whole run. */
export async function benchScan(port: number, burners = 0): Promise<string> {
  const server = await startServer(undefined, port);
  const burning = Array.from({ length: burners }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  try {
    return await measure(port, server.dataDir, server.enrollmentCode, burners);
  } finally {
    for (const child of burning) child.kill('SIGKILL');
    await server.stop();
  }
}

async function measure(port: number, dataDir: string, code: string, burners: number) {
  const db = new Database(path.join(dataDir, 'vax.sqlite'), { readonly: true });
  const citizens = db
    .prepare('select body from registrations order by id limit ?')
    .all(CODES)
    .map((row) => (JSON.parse((row as { body: string }).body) as { citizen: Citizen }).citizen);
  db.close();
  const video = path.join(mkdtempSync(path.join(tmpdir(), 'vax-bench-')), 'desk.y4m');
  const blank = blankFrame();
  writeY4m(
    video,
    citizens
      .flatMap((c) => {
        const qr = qrFrame(cardText(c));
        return [
          ...Array<Uint8ClampedArray>(QR_FRAMES).fill(qr),
          ...Array(BLANK_FRAMES).fill(blank),
        ];
      })
      .map(stamped),
    FPS,
  );

  const desk = await openDesk(
    port,
    code,
    [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
    PROBE.replace('IDS', JSON.stringify(citizens.map((c) => c.id))),
  );
  try {
    const { page } = desk;
    await desk.enroll();
    await desk.ready(300_000);

    const latencies: number[] = [];
    const parts: { seen: number; decoded: number; shown: number }[] = [];
    const which = new Map(citizens.map((c, i) => [c.fullName, i]));
    while (latencies.length < SCANS) {
      const name = page.locator('.citizen-name');
      await name.waitFor({ timeout: 60_000 });
      const shown = (await name.textContent()) ?? '';
      const index = which.get(shown);
      if (index === undefined) throw new Error(`unexpected name on screen: ${shown}`);
      const times = await page.evaluate((i) => {
        const w = window as unknown as {
          appeared: number[];
          seenAt: number[];
          decodedAt: number[];
          nameShownAt: number;
          stampReadAt: number;
        };
        return {
          placed: w.stampReadAt > 0 && w.stampReadAt < w.appeared[i]!,
          appeared: w.appeared[i]!,
          seen: w.seenAt[i]!,
          decoded: w.decodedAt[i]!,
          shown: w.nameShownAt,
        };
      }, index);
      await page.getByRole('button', { name: 'Huỷ' }).click();
      // Until the probe has read a frame's stamp it cannot place the code's first frame.
      if (!times.placed) continue;
      latencies.push(times.shown - times.appeared);
      parts.push({
        seen: times.seen - times.appeared,
        decoded: times.decoded - times.seen,
        shown: times.shown - times.decoded,
      });
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    const part = (key: 'seen' | 'decoded' | 'shown') => {
      const sorted = parts.map((p) => p[key]).sort((a, b) => a - b);
      return sorted[sorted.length >> 1]!.toFixed(0);
    };
    return (
      `QR in front of the camera → name on screen (Chromium, fake camera at ${FPS} frames/s, ` +
      `${SCANS} scans${burners ? `, ${burners} CPU-burning processes beside it` : ''}): ` +
      `median ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${at(1).toFixed(0)} ms ` +
      `(medians: captured → on the page ${part('seen')} ms, → decoded ${part('decoded')} ms, ` +
      `→ name shown ${part('shown')} ms)`
    );
  } finally {
    await desk.browser.close();
  }
}

/** Runs in the page before the app (as source text: the bundler's helpers do not exist there).
 * A MediaStream frame's media time counts from the start of capture, where the fake camera starts
 * its file: the frame's place in the loop gives the code it shows. (Reading the pixels from the
 * page, or opening a second stream, crashes this Chromium's fake camera.) */
const PROBE = `(() => {
  const fps = ${FPS}, qrFrames = ${QR_FRAMES}, slot = ${QR_FRAMES + BLANK_FRAMES}, codes = ${CODES};
  window.appeared = [];
  window.seenAt = [];
  window.decodedAt = [];
  window.loopOf = [];
  window.nameShownAt = 0;
  window.stampReadAt = 0;
  // The fake camera's media time runs ahead of the file's frames by a few frames (its start):
  // the offset is read off the stamp of the frames the desk sends to its worker.
  const total = slot * codes, bits = ${STAMP_BITS};
  let offset = 0;
  const readStamp = (frame) => {
    const rect = { x: 0, y: 0, width: bits * 8, height: 8 };
    const bytes = new Uint8Array(frame.allocationSize({ rect }));
    frame.copyTo(bytes, { rect }).then((layout) => {
      const { offset: start, stride } = layout[0];
      let index = 0;
      for (let bit = 0; bit < bits; bit++) if (bytes[start + 4 * stride + bit * 8 + 4] < 128) index |= 1 << bit;
      const counted = Math.floor((frame.timestamp / 1e6) * fps + 1e-6);
      offset = (((counted - index) % total) + total) % total;
      window.stampReadAt ||= performance.now();
    }).finally(() => frame.close());
  };
  // When the decoding worker first answers with each code after it appeared.
  const ids = IDS;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      const post = this.postMessage.bind(this);
      this.postMessage = (message, transfer) => {
        if (message && message.image && message.image.copyTo) readStamp(message.image.clone());
        return post(message, transfer);
      };
      this.addEventListener('message', ({ data }) => {
        if (!data || !data.texts) return;
        const now = performance.now();
        ids.forEach((id, code) => {
          const read = data.texts.some((text) => text.startsWith(id + '|'));
          if (read && !window.decodedAt[code]) window.decodedAt[code] = now;
        });
      });
    }
  };
  const watch = (video) => {
    const onFrame = (now, meta) => {
      const frame = Math.floor(meta.mediaTime * fps + 1e-6) - offset;
      const index = ((frame % total) + total) % total;
      const inSlot = index % slot;
      if (inSlot < qrFrames) {
        const shotAt = meta.captureTime ?? meta.presentationTime;
        const code = Math.floor(index / slot);
        const loop = Math.floor(frame / total);
        // The first frame of this appearance the page was given: when it appeared, when seen.
        if (window.loopOf[code] !== loop) {
          window.loopOf[code] = loop;
          window.appeared[code] = shotAt - (inSlot * 1000) / fps;
          window.seenAt[code] = now;
          window.decodedAt[code] = 0;
        }
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  new MutationObserver(() => {
    const video = document.querySelector('.scan-video');
    if (video && !video.probed) {
      video.probed = true;
      watch(video);
    }
    if (document.querySelector('.citizen-name')) window.nameShownAt ||= performance.now();
    else window.nameShownAt = 0;
  }).observe(document, { childList: true, subtree: true });
})()`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.BENCH_PORT ?? 18090);
  console.log(await benchScan(port, Number(process.env.BENCH_BURNERS ?? 0)));
}
