// `npm run bench` figure (docs/sync.md): 5,000 idle tablets (100 at each of 50 sites) hold
// long-polls on ONE server process (SQLite, the real server.ts). Reported: the server's CPU over
// an idle 30 s (from /proc: its own process only, the fleet runs in another) as % of one core, its
// memory (RSS), and the delivery delay of 200 pushes (one tablet pushes; every other tablet of the
// site gets the record): p50/p95 over all deliveries. Goals: p95 ≤ 2 s, CPU ≤ 10% of a core.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../sync-server/src/store/store';
import type { FleetCommand, FleetReport, FleetTablet } from './idle-tablets/fleet';
import { sitesRepo } from '../../sync-server/src/store/repos/sites';
import { staffRepo } from '../../sync-server/src/store/repos/staff';
import { devicesRepo } from '../../sync-server/src/devices/devices-repo';

const SITES = Number(process.env.BENCH_IDLE_SITES ?? 50);
const PER_SITE = Number(process.env.BENCH_IDLE_PER_SITE ?? 100);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 30);
const PUSHES = 200;
/** A loaded machine may not connect them all: measure with those connected by then. */
const CONNECT_DEADLINE_MS = Number(process.env.BENCH_IDLE_CONNECT_SECONDS ?? 180) * 1000;
const root = path.resolve(import.meta.dirname, '../..');

async function seed(dataDir: string): Promise<FleetTablet[]> {
  const store = openStore({ kind: 'sqlite', dataDir });
  try {
    await store.migrate();
    const now = new Date();
    const tablets: FleetTablet[] = [];
    await store.transaction(async (tx) => {
      for (let s = 0; s < SITES; s++) {
        const siteId = `IDLE${s}`;
        const staffId = `N${s}`;
        await sitesRepo(tx).create({ id: siteId, name: `Trạm ${s}`, province: '79' }, now);
        await staffRepo(tx).put(siteId, [{ id: staffId, name: `Y tá ${s}`, role: 'nurse' }]);
        for (let d = 0; d < PER_SITE; d++) {
          const { token } = await devicesRepo(tx).create(siteId, `idle-${s}-${d}`, now);
          tablets.push({ token, siteId, staffId });
        }
      }
    });
    return tablets;
  } finally {
    await store.close();
  }
}

/** utime + stime of a process, in seconds (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

async function healthy(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the server exited at start');
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export async function benchIdleTablets(port: number): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vax-idle-'));
  const tablets = await seed(dataDir);
  const server = spawn(process.execPath, ['--import', 'tsx', 'sync-server/src/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_REGISTRATIONS: '0',
    },
    stdio: 'ignore',
  });
  const fleet = fork(path.join(import.meta.dirname, 'idle-tablets/fleet.ts'), {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  // Killed (a timeout around the bench), the bench takes its server and fleet with it.
  const killed = () => {
    server.kill('SIGKILL');
    fleet.kill('SIGKILL');
    process.exit(1);
  };
  process.once('SIGTERM', killed);
  const reports: FleetReport[] = [];
  let heard: (() => void) | undefined;
  let connectedSoFar = 0;
  fleet.on('message', (r: FleetReport) => {
    if (r.kind === 'progress') connectedSoFar = r.connected;
    else reports.push(r);
    heard?.();
  });
  const next = async (kind: FleetReport['kind']): Promise<FleetReport> => {
    for (;;) {
      const found = reports.find((r) => r.kind === kind || r.kind === 'error');
      if (found) {
        if (found.kind === 'error') throw new Error(`fleet: ${found.message}`);
        reports.splice(reports.indexOf(found), 1);
        return found;
      }
      await new Promise<void>((r) => (heard = r));
    }
  };
  const tell = (command: FleetCommand) => fleet.send(command);
  try {
    await healthy(port, server);
    tell({ kind: 'start', port, tablets });
    const deadline = new Promise<FleetReport>((resolve) =>
      setTimeout(
        () => resolve({ kind: 'connected', tablets: connectedSoFar, failures: NaN }),
        CONNECT_DEADLINE_MS,
      ),
    );
    const connected = await Promise.race([next('connected'), deadline]);
    if (connected.kind !== 'connected') throw new Error('unexpected report');
    // Settle: the last connections' first pulls answered, every tablet now held.
    await new Promise((r) => setTimeout(r, 3000));
    const cpu0 = cpuSeconds(server.pid!);
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const cpuPct = (100 * (cpuSeconds(server.pid!) - cpu0)) / ((performance.now() - t0) / 1000);
    const rss = rssMb(server.pid!);
    tell({ kind: 'push', pushes: PUSHES, gapMs: 100 });
    const delivered = await next('delivered');
    if (delivered.kind !== 'delivered') throw new Error('unexpected report');
    const sorted = [...delivered.delaysMs].sort((a, b) => a - b);
    return (
      `idle tablets: ${connected.tablets} of ${tablets.length} long-polls (${SITES} sites) on one server process (SQLite): ` +
      `server CPU ${cpuPct.toFixed(1)}% of a core over an idle ${IDLE_SECONDS} s, RSS ${rss.toFixed(0)} MB; ` +
      `delivery of ${PUSHES} pushes to the site's other tablets: p50 ${percentile(sorted, 50)} ms, ` +
      `p95 ${percentile(sorted, 95)} ms, max ${sorted.at(-1)} ms over ${sorted.length} deliveries` +
      `${delivered.missing > 0 ? `, ${delivered.missing} MISSING` : ''}; ` +
      `${delivered.failures} connection failures (retried) — targets p95 ≤ 2000 ms, CPU ≤ 10%`
    );
  } finally {
    process.off('SIGTERM', killed);
    tell({ kind: 'stop' });
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// Alone: `tsx tests/bench/idle-tablets.ts` (ulimit -n must allow 2 × the tablets, per process).
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchIdleTablets(Number(process.env.BENCH_PORT ?? 18160)));
}
