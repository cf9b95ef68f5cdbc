// `npm run bench:load`: a time-compressed day pushed by many tablets through the real HTTP API and
// a faulty network while the server is SIGKILLed and restarted, then checked record by record in
// the database. Exits non-zero on any lost, duplicated or rejected record, or a missed target.
//
//   npm run bench:load -- --records 1000000 --tablets 200 --db sqlite|postgres|both
import { parseArgs } from 'node:util';
import { API_PREFIX, MAX_BATCH_RECORDS, type EnrollResponse } from '../../../src/domain/protocol';
import { createDatabase, seedDatabase, type DbKind } from './database';
import { startFaultProxy } from './proxy';
import { describeRun, failures, table, type RunResult } from './report';
import { serverEntry, serverProcess, type ServerProcess } from './server-process';
import { newLedger, prepareBatches, runTablets, type Batch, type Ledger } from './tablets';
import { verify } from './verify';
import { buildWorkload, type Workload } from './workload';

const { values: opts } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    tablets: { type: 'string', default: '200' },
    db: { type: 'string', default: 'both' },
    batch: { type: 'string', default: String(MAX_BATCH_RECORDS) },
    kills: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20261123' },
    drop: { type: 'string', default: '0.02' },
    lose: { type: 'string', default: '0.02' },
    slow: { type: 'string', default: '0.05' },
    port: { type: 'string', default: '18190' },
    'pg-url': {
      type: 'string',
      default: process.env.LOAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    /** Folder for the server's V8 CPU profile (a SIGKILLed server writes none: only the last). */
    'cpu-prof': { type: 'string' },
    keep: { type: 'boolean', default: false },
    /**
     * A new connection per push instead of keep-alive: shows the effect of Node accepting new
     * connections slowly while its event loop is saturated (see docs/benchmarks.md).
     */
    'no-keepalive': { type: 'boolean', default: false },
    /** Tablets talk to the server directly (no fault proxy): the server's own figures. */
    'no-proxy': { type: 'boolean', default: false },
    /**
     * bundle: the server's sources bundled by esbuild (fast restarts); tsx: run through tsx; or
     * the path of a built server file, e.g. to measure a patched build against the sources.
     */
    server: { type: 'string', default: 'bundle' },
  },
});

const TARGET: Record<DbKind, number> = { sqlite: 20_000, postgres: 10_000 };
/** Tablets that enroll over HTTP, as a real one would (the rest get tokens from the store). */
const ENROLL_OVER_HTTP = [0, 1, 2];

const num = (name: keyof typeof opts) => {
  const n = Number(opts[name]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number`);
  return n;
};
const dbs: DbKind[] =
  opts.db === 'both' ? ['sqlite', 'postgres'] : opts.db === 'sqlite' ? ['sqlite'] : ['postgres'];
if (!['both', 'sqlite', 'postgres'].includes(opts.db!)) {
  throw new Error('--db must be sqlite, postgres or both');
}
const batchSize = Math.min(num('batch'), MAX_BATCH_RECORDS);
const seed = num('seed');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

console.log(`building the day: ${opts.records} records for ${opts.tablets} tablets…`);
const workload = buildWorkload(num('records'), num('tablets'), seed);
const batches = prepareBatches(workload, batchSize);
const bytes = batches.flat().reduce((sum, b) => sum + b.body.length, 0);
console.log(
  `${workload.sites.length} sites, ${batches.flat().length} batches, ` +
    `${(bytes / 1024 / 1024).toFixed(0)} MiB of JSON`,
);

const entry = await serverEntry(opts.server!);

const results: RunResult[] = [];
for (const kind of dbs) results.push(await runOn(kind, workload, batches));

console.log(`\n${table(results)}`);
const failed = results.flatMap(failures);
for (const f of failed) console.log(`FAIL ${f}`);
if (failed.length === 0) console.log('PASS: nothing lost, nothing duplicated, targets met');
process.exitCode = failed.length > 0 ? 1 : 0;

async function runOn(kind: DbKind, workload: Workload, batches: Batch[][]): Promise<RunResult> {
  console.log(`\n[${kind}] preparing a fresh database…`);
  const db = await createDatabase(kind, opts['pg-url']!);
  const profileArgs = opts['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${opts['cpu-prof']}`] : [];
  const server = serverProcess(num('port'), db.env, entry, profileArgs);
  try {
    const seeded = await seedDatabase(db, workload, ENROLL_OVER_HTTP);
    await server.start();
    const tokens = [...seeded.tokens];
    for (const [tablet, code] of seeded.codes) tokens[tablet] = await enroll(server.port, code);
    const proxy = await startFaultProxy(
      server.port,
      { drop: num('drop'), lose: num('lose'), slow: num('slow') },
      seed,
      !opts['no-keepalive'],
    );
    const ledger = newLedger(workload.records);
    console.log(`[${kind}] ${tokens.length} tablets pushing through the fault proxy…`);
    const t0 = performance.now();
    let done = false;
    const pushing = runTablets({
      port: opts['no-proxy'] ? server.port : proxy.port,
      tokens,
      workload,
      batches,
      batchSize,
      ledger,
      startedAt: t0,
      keepAlive: !opts['no-keepalive'],
    });
    const chaos = killAndRestart(server, ledger, num('kills'), () => done);
    const progress = setInterval(() => {
      const s = (performance.now() - t0) / 1000;
      console.log(
        `[${kind}] ${s.toFixed(0)} s: ${ledger.acked} acknowledged ` +
          `(${Math.round(ledger.acked / s)} records/s), ${ledger.attempts} attempts`,
      );
    }, 10_000);
    try {
      await pushing;
    } finally {
      done = true;
      clearInterval(progress);
    }
    const seconds = (performance.now() - t0) / 1000;
    const kills = await chaos;
    await proxy.close();
    await server.stop();
    console.log(`[${kind}] pushed in ${seconds.toFixed(1)} s; checking the database…`);
    const conn = db.connect();
    const verdict = await verify(conn, workload, ledger).finally(() => conn.destroy());
    const result: RunResult = {
      db: kind,
      records: workload.records,
      tablets: tokens.length,
      seconds,
      ledger,
      faults: proxy.counts,
      kills,
      startups: server.startups,
      verdict,
      target: TARGET[kind],
    };
    console.log(describeRun(result));
    // Errors the server logged (level ≥ 50) say what a failing run met on the server side.
    const errors = server
      .output()
      .split('\n')
      .filter((l) => /"level":(5|6)\d/.test(l));
    for (const line of errors.slice(-5)) console.log(`  server error: ${line.slice(0, 300)}`);
    if (process.env.LOAD_DEBUG) {
      const slowest = [...ledger.trace].sort((a, b) => b[2] - a[2]).slice(0, 15);
      for (const [tablet, at, ms, attempts] of slowest) {
        console.log(
          `  slow batch: tablet ${tablet} sent at ${Math.round(at)} ms, ${Math.round(ms)} ms, ${attempts} attempts`,
        );
      }
    }
    return result;
  } catch (err) {
    console.error(`[${kind}] server output:\n${server.output()}`);
    throw err;
  } finally {
    await server.kill();
    if (!opts.keep) await db.remove();
  }
}

/**
 * SIGKILLs the server each time another 1/(kills+1) of the records has been acknowledged, and
 * starts it again after a short outage, during which tablets meet refused connections.
 */
async function killAndRestart(
  server: ServerProcess,
  ledger: Ledger,
  kills: number,
  finished: () => boolean,
): Promise<number> {
  let done = 0;
  for (let k = 1; k <= kills; k++) {
    const threshold = (ledger.accepted.length * k) / (kills + 1);
    while (ledger.acked < threshold && !finished()) await sleep(10);
    if (finished()) break;
    await server.kill();
    done++;
    await sleep(100 + Math.random() * 400);
    await server.start();
  }
  return done;
}

async function enroll(port: number, code: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}${API_PREFIX}/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'load tablet (enrolled over HTTP)' }),
  });
  if (!res.ok) throw new Error(`enrollment failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as EnrollResponse).token;
}
