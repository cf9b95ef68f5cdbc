// The registry campaign at scale (docs/registry.md): a seeded registry extract and platform
// persons (tests/support/registry-corpus.ts), stored by one child process, then imported and
// reconciled by another, whose peak RSS is the figure, on SQLite and on PostgreSQL. Prints the
// import and reconcile times against the targets (200 k + 50 k ≤ 60 s; 1 M + 300 k ≤ 3 min,
// ≤ 1.5 GB), the peak RSS, and the report's precision and recall. BENCH_REGISTRY_SIZES=registry:platform,… (default 200000:50000,1000000:300000);
// BENCH_DATABASE_URL (default the local PostgreSQL) for the PostgreSQL runs, `none` to skip them.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { registryCorpus } from '../support/registry-corpus';
import { registryCsvLines } from '../support/registry-csv';
import { scoreReport } from '../support/registry-checkins';
import { benchDatabase, type BenchDatabase } from './bench-database';

const root = path.resolve(import.meta.dirname, '../..');
const SIZES = (process.env.BENCH_REGISTRY_SIZES ?? '200000:50000,1000000:300000')
  .split(',')
  .map((pair) => pair.split(':').map(Number) as [number, number]);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Figures {
  imported: number;
  persons: number;
  importS: number;
  reconcileS: number;
  peakRssMb: number;
}

async function writeCorpus(dir: string, registrySize: number, platformSize: number) {
  const corpus = registryCorpus({ seed: 7, registrySize, platformSize });
  const extract = path.join(dir, 'extract.csv');
  const out = createWriteStream(extract);
  for (const line of registryCsvLines(corpus.registry)) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const platform = path.join(dir, 'platform.json');
  writeFileSync(platform, JSON.stringify({ platform: corpus.platform, truth: [...corpus.truth] }));
  return { extract, platform };
}

async function child(db: BenchDatabase, ...args: string[]): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'tests/bench/registry-campaign-child.ts', ...args],
    { cwd: root, env: { ...process.env, ...db.env }, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>;
}

async function runOnce(files: { extract: string; platform: string }, dir: string, pg?: string) {
  const db = await benchDatabase(dir, pg);
  try {
    const truthFile = path.join(dir, 'truth.json');
    const report = path.join(dir, 'report.csv');
    await child(db, 'seed', files.platform, truthFile);
    const f = (await child(db, 'run', files.extract, report)) as unknown as Figures;
    const truth = new Map(JSON.parse(readFileSync(truthFile, 'utf8')) as [string, string | null][]);
    return { ...f, ...scoreReport(readFileSync(report, 'utf8'), truth) };
  } finally {
    await db.drop();
  }
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export async function benchRegistry(): Promise<string> {
  const lines: string[] = [];
  for (const [registrySize, platformSize] of SIZES) {
    const dir = mkdtempSync(path.join(tmpdir(), 'vax-bench-campaign-'));
    try {
      const files = await writeCorpus(dir, registrySize, platformSize);
      const target = registrySize <= 200_000 ? '≤ 60 s' : '≤ 180 s, ≤ 1.5 GB';
      for (const [where, pg] of [
        ['SQLite', undefined],
        ['PostgreSQL', PG_URL === 'none' ? null : PG_URL],
      ] as const) {
        if (pg === null) continue;
        const f = await runOnce(files, dir, pg);
        lines.push(
          `registry ${registrySize / 1000}k + ${platformSize / 1000}k persons (${where}): ` +
            `import ${f.importS.toFixed(1)} s + reconcile ${f.reconcileS.toFixed(1)} s = ` +
            `${(f.importS + f.reconcileS).toFixed(1)} s (target ${target}), peak RSS ` +
            `${f.peakRssMb.toFixed(0)} MB; precision ${pct(f.precision)}, recall ${pct(f.recall)}, ` +
            `${f.verifiedOutsiders} outsiders verified`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchRegistry());
