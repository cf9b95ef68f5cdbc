// registry:reconcile collects garbage sooner (shared/bulk-heap.ts): the same churn over the same
// live data leaves a smaller heap behind it, and no other command asks for it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import * as bulkHeap from '../../../sync-server/src/shared/bulk-heap';
import { runAdminCommand } from '../../../sync-server/src/admin/run-admin';

const root = path.resolve(import.meta.dirname, '../../..');

// ~60 MB that live, and 1.2 GB of batches that each survive a while (so they reach the old
// space, as a reconcile's batches do across their database round trips). Prints the largest heap.
const CHURN = `
import { getHeapStatistics } from 'node:v8';
import { collectSoonerForBulkWork } from './sync-server/src/shared/bulk-heap.ts';
if (process.argv.includes('sooner')) collectSoonerForBulkWork();
const live = Array.from({ length: 300_000 }, (_, i) => ({ id: 'person-' + i, n: [i, i + 1] }));
let peak = 0;
let held = [];
for (let batch = 0; batch < 400; batch++) {
  held.push(Array.from({ length: 10_000 }, (_, i) => ({ key: 'k' + batch + '-' + i, v: [i] })));
  if (held.length > 8) held = held.slice(1);
  peak = Math.max(peak, getHeapStatistics().total_heap_size);
}
console.log(JSON.stringify({ peakMb: peak / 2 ** 20, live: live.length }));
`;

async function peakHeapMb(sooner: boolean): Promise<number> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', CHURN, ...(sooner ? ['sooner'] : [])],
    { cwd: root },
  );
  return (JSON.parse(stdout) as { peakMb: number }).peakMb;
}

describe('the heap of bulk commands', () => {
  it('grows less before each collection', { timeout: 60_000 }, async () => {
    const [usual, sooner] = await Promise.all([peakHeapMb(false), peakHeapMb(true)]);
    expect(sooner).toBeLessThan(usual * 0.8);
  });

  it('is asked for by registry:reconcile only', async () => {
    const asked = vi.spyOn(bulkHeap, 'collectSoonerForBulkWork').mockImplementation(() => {});
    const refusal = vi.spyOn(console, 'error').mockImplementation(() => {});
    const env = { ...process.env, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'vax-bulk-heap-')) };
    try {
      // Refused (no such site) after the store was opened, as a bulk command's would have been.
      expect(await runAdminCommand(['device:list', '--site', 'demo-site'], env)).toBe(1);
      // The import's own peak is small (~210 MB at 1 M rows): it keeps V8's usual pace.
      expect(await runAdminCommand(['registry:import', 'nowhere.csv'], env)).toBe(1);
      expect(asked).not.toHaveBeenCalled();
      expect(await runAdminCommand(['registry:reconcile'], env)).toBe(0);
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
      refusal.mockRestore();
      rmSync(env.DATA_DIR, { recursive: true, force: true });
    }
  });
});
