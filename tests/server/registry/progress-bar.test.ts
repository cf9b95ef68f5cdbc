// The import's progress on stderr: a bar redrawn in place on a terminal, plain lines in a log.
import { describe, expect, it } from 'vitest';
import { importProgress } from '../../../sync-server/src/registry/progress-bar';

const MB = 1_048_576;

function output(isTTY: boolean) {
  const written: string[] = [];
  let clock = 0;
  const progress = importProgress(
    { isTTY, write: (s: string) => written.push(s) > 0 },
    () => clock,
  );
  return { written, progress, advance: (ms: number) => (clock += ms) };
}

describe('import progress', () => {
  it('writes a line at every tenth of the file, and every 5 s between them, in a log', () => {
    const { written, progress, advance } = output(false);
    for (const read of [1, 5, 9, 10, 11, 12]) {
      advance(1000);
      progress.update(read * MB, 100 * MB);
    }
    advance(5000);
    progress.update(13 * MB, 100 * MB);
    progress.update(100 * MB, 100 * MB);
    progress.done();
    expect(written).toEqual([
      'registry:import 10% (10.0 of 100.0 MB read)\n',
      'registry:import 13% (13.0 of 100.0 MB read)\n',
      'registry:import 100% (100.0 of 100.0 MB read)\n',
    ]);
  });

  it('redraws a bar in place on a terminal and ends it with a line break', () => {
    const { written, progress, advance } = output(true);
    advance(200);
    progress.update(25 * MB, 100 * MB);
    progress.update(26 * MB, 100 * MB); // within 100 ms: not redrawn
    progress.update(100 * MB, 100 * MB); // the end is always drawn
    progress.done();
    expect(written).toEqual([
      `\r[${'#'.repeat(8)}${'.'.repeat(22)}] 25% (25.0 of 100.0 MB read)`,
      `\r[${'#'.repeat(30)}] 100% (100.0 of 100.0 MB read)`,
      '\n',
    ]);
  });
});
