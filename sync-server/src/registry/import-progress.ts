// How far an import has read, on stderr: a bar redrawn in place when a person watches (a TTY),
// else a line at every tenth of the file or every 5 s, whichever comes first, for logs.
import type { WriteStream } from 'node:tty';

const LINE_EVERY_MS = 5000;
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 30;

type Out = Pick<WriteStream, 'write'> & { isTTY?: boolean };

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

export interface Progress {
  update(bytesRead: number, size: number): void;
  done(): void;
}

export function importProgress(out: Out, now: () => number = Date.now): Progress {
  let lastAt = now();
  let lastTenth = 0;
  let drawn = false;
  const text = (bytes: number, size: number, fraction: number) =>
    `${Math.floor(fraction * 100)}% (${mb(bytes)} of ${mb(size)} MB read)`;
  return {
    update(bytes, size) {
      const fraction = size === 0 ? 1 : Math.min(1, bytes / size);
      const t = now();
      if (out.isTTY) {
        if (t - lastAt < REDRAW_EVERY_MS && fraction < 1) return;
        const filled = Math.round(fraction * BAR_WIDTH);
        out.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text(bytes, size, fraction)}`,
        );
        drawn = true;
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth <= lastTenth && t - lastAt < LINE_EVERY_MS) return;
        lastTenth = tenth;
        out.write(`registry:import ${text(bytes, size, fraction)}\n`);
      }
      lastAt = t;
    },
    done() {
      if (drawn) out.write('\n');
    },
  };
}
