// Part one of `bench:faults`: PostgreSQL goes away under load. The server reaches its database
// through a TCP proxy that is cut (connections reset, new ones refused) and frozen (connections
// held open, nothing answered) in turns while the tablets push a day; after each outage the proxy
// is restored. Measured: how soon /healthz says 503 after each outage begins, how soon it says ok
// after the database is back, whether the server process ever exited, and — record by record in
// the database — that nothing acknowledged was lost or stored twice.
import { startTcpProxy } from '../../support/tcp-proxy';
import { createDatabase, seedDatabase } from '../load/database';
import { serverProcess } from '../load/server-process';
import { newLedger, runTablets, type Batch, type Ledger } from '../load/tablets';
import { verify, type Verdict } from '../load/verify';
import type { Workload } from '../load/workload';
import { watchHealth } from './health-watch';

export interface Outage {
  kind: 'cut' | 'freeze';
  /** ms from the outage's start to the first 503 of /healthz (undefined: none came). */
  first503Ms: number | undefined;
  /** ms from the restore to the first ok of /healthz. */
  recoveredMs: number | undefined;
}

export interface OutageRun {
  records: number;
  seconds: number;
  outages: Outage[];
  /** Times the server process exited by itself (never killed by the bench). */
  serverExits: number;
  ledger: Ledger;
  verdict: Verdict;
}

export interface OutageOptions {
  workload: Workload;
  batches: Batch[][];
  entry: readonly string[];
  pgAdminUrl: string;
  port: number;
  outages: number;
  outageMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runOutages(o: OutageOptions): Promise<OutageRun> {
  const db = await createDatabase('postgres', o.pgAdminUrl);
  const proxy = await startTcpProxy({ port: Number(new URL(o.pgAdminUrl).port || 5432) });
  const viaProxy = new URL(db.env.DATABASE_URL!);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  const server = serverProcess(o.port, { DATABASE_URL: viaProxy.toString() }, o.entry);
  try {
    const { tokens } = await seedDatabase(db, o.workload, []);
    await server.start();
    const health = watchHealth(o.port);
    const ledger = newLedger(o.workload.records);
    const t0 = performance.now();
    let done = false;
    const pushing = runTablets({
      port: o.port,
      tokens,
      workload: o.workload,
      batches: o.batches,
      batchSize: o.batches[0]?.[0]?.indices.length ?? 500,
      ledger,
      startedAt: t0,
      keepAlive: true,
    }).finally(() => (done = true));

    const outages: Outage[] = [];
    for (let k = 1; k <= o.outages; k++) {
      // Spread over the day: the k-th outage once k/(n+1) of the records are acknowledged.
      const threshold = (o.workload.records * k) / (o.outages + 1);
      while (ledger.acked < threshold && !done) await sleep(10);
      if (done) break;
      const kind = k % 2 === 1 ? 'cut' : 'freeze';
      const began = performance.now();
      if (kind === 'cut') proxy.cut();
      else proxy.freeze();
      console.log(`[outages] ${kind} #${k} at ${ledger.acked} acknowledged`);
      await sleep(o.outageMs);
      const restored = performance.now();
      proxy.restore();
      while (health.firstOkAfter(restored) === undefined && performance.now() - restored < 60_000) {
        await sleep(50);
      }
      outages.push({
        kind,
        first503Ms: health.first503After(began),
        recoveredMs: health.firstOkAfter(restored),
      });
    }
    await pushing;
    const seconds = (performance.now() - t0) / 1000;
    await health.stop();
    const serverExits = server.exits();
    await server.stop();
    const conn = db.connect();
    const verdict = await verify(conn, o.workload, ledger).finally(() => conn.destroy());
    return { records: o.workload.records, seconds, outages, serverExits, ledger, verdict };
  } catch (err) {
    console.error(`[outages] server output:\n${server.output()}`);
    throw err;
  } finally {
    await server.kill();
    await proxy.close();
    await db.remove();
  }
}
