// How far a long registry command has got, on stderr: a bar redrawn in place when a person
// watches (a TTY), else a line at every tenth or every 5 s, whichever comes first, for logs.
import type { WriteStream } from 'node:tty';

const LINE_EVERY_MS = 5000;
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 30;

type Out = Pick<WriteStream, 'write'> & { isTTY?: boolean };

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

/** The import's progress: how much of the extract file has been read. */
export const importProgress = (out: Out, now?: () => number): Progress =>
  progressBar(out, 'registry:import', (bytes, size) => `${mb(bytes)} of ${mb(size)} MB read`, now);

/** `label` heads each log line; `describe` says how far, e.g. "2.0 of 10.0 MB read". */
export function progressBar(
  out: Out,
  label: string,
  describe: (done: number, total: number) => string,
  now: () => number = Date.now,
): Progress {
  let lastAt = now();
  let lastTenth = 0;
  let drawn = false;
  const text = (done: number, total: number, fraction: number) =>
    `${Math.floor(fraction * 100)}% (${describe(done, total)})`;
  return {
    update(done, total) {
      const fraction = total === 0 ? 1 : Math.min(1, done / total);
      const t = now();
      if (out.isTTY) {
        if (t - lastAt < REDRAW_EVERY_MS && fraction < 1) return;
        const filled = Math.round(fraction * BAR_WIDTH);
        out.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text(done, total, fraction)}`,
        );
        drawn = true;
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth <= lastTenth && t - lastAt < LINE_EVERY_MS) return;
        lastTenth = tenth;
        out.write(`${label} ${text(done, total, fraction)}\n`);
      }
      lastAt = t;
    },
    done() {
      if (drawn) out.write('\n');
    },
  };
}
