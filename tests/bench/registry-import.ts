// Registry extract import: rows per second and the importing process's peak RSS, for a small
// and a large file on SQLite (and PostgreSQL when BENCH_DATABASE_URL is set). The import streams,
// so the peak should not grow with the file: the figure to watch is the large file's peak less
// the small one's. The small file has 100,000 rows because below that SQLite's page cache (64 MB)
// is still filling, and its growth is not the import's.
// Run alone: `npx tsx tests/bench/registry-import.ts`.
//   BENCH_REGISTRY_ROWS   comma-separated sizes (default 100000,300000)
//   BENCH_DATABASE_URL    a PostgreSQL database to bench in (a schema of its own, dropped after)
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { benchDatabase } from './bench-database';
import { writeExtract } from './registry-extract-file';

const root = path.resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_REGISTRY_ROWS ?? '100000,300000').split(',').map(Number);
const PG_URL = process.env.BENCH_DATABASE_URL;

interface Figures {
  read: number;
  touched: number;
  seconds: number;
  peakRssMb: number;
}

async function importOnce(file: string, dir: string): Promise<Figures> {
  const db = await benchDatabase(dir, PG_URL);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'tests/bench/registry-import-child.ts', file],
      { cwd: root, env: { ...process.env, ...db.env }, maxBuffer: 1 << 20 },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Figures;
  } finally {
    await db.drop();
  }
}

export async function benchRegistryImport(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vax-bench-registry-'));
  const where = PG_URL === undefined ? 'SQLite' : 'PostgreSQL';
  try {
    const parts: string[] = [];
    const peaks: number[] = [];
    for (const rows of SIZES) {
      const file = path.join(dir, `extract-${rows}.csv`);
      await writeExtract(file, rows);
      const mb = statSync(file).size / 1_048_576;
      const f = await importOnce(file, dir);
      if (f.touched !== rows) throw new Error(`imported ${f.touched} of ${rows} rows`);
      peaks.push(f.peakRssMb);
      parts.push(
        `${rows} rows (${mb.toFixed(0)} MB) in ${f.seconds.toFixed(1)} s, ` +
          `${Math.round(rows / f.seconds)} rows/s, peak RSS ${f.peakRssMb.toFixed(0)} MB`,
      );
      rmSync(file);
    }
    const growth = (peaks.at(-1) ?? 0) - (peaks[0] ?? 0);
    return `registry import (${where}): ${parts.join('; ')}; peak growth ${growth.toFixed(0)} MB`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchRegistryImport());
