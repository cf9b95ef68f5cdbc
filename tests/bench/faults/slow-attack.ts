// Part two of `bench:faults`: well-behaved tablets push a day twice on fresh databases, once alone
// and once beside devices that trickle push bodies a byte a second to hold the server's places
// (the attack in docs/security.md). Their throughput under attack must stay at least 80% of without
// it.
import { createDatabase, seedDatabase, type DbKind, type LoadDatabase } from '../load/database';
import { serverProcess } from '../load/server-process';
import { describeSlowClients, runSlowClients, type SlowClientReport } from '../load/slow-clients';
import { newLedger, runTablets, type Batch, type Ledger } from '../load/tablets';
import { verify, type Verdict } from '../load/verify';
import type { Workload } from '../load/workload';
import { openStore } from '../../../sync-server/src/store/store';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';

export interface PushRun {
  seconds: number;
  rate: number;
  ledger: Ledger;
  verdict: Verdict;
  /** Only under attack. */
  attack?: SlowClientReport;
}

export interface SlowAttackOptions {
  kind: DbKind;
  workload: Workload;
  batches: Batch[][];
  entry: readonly string[];
  pgAdminUrl: string;
  port: number;
  attackers: number;
  perAttacker: number;
}

/** Devices of the first site, enrolled like the tablets: the attack comes from inside. */
async function addDevices(db: LoadDatabase, siteId: string, n: number): Promise<string[]> {
  const store = openStore(db.target);
  try {
    return await store.transaction(async (tx) => {
      const tokens: string[] = [];
      for (let i = 0; i < n; i++) {
        tokens.push((await devicesRepo(tx).create(siteId, `slow-${i}`, new Date())).token);
      }
      return tokens;
    });
  } finally {
    await store.close();
  }
}

async function pushDay(o: SlowAttackOptions, attackers: number): Promise<PushRun> {
  const db = await createDatabase(o.kind, o.pgAdminUrl);
  const server = serverProcess(o.port, db.env, o.entry);
  try {
    const { tokens } = await seedDatabase(db, o.workload, []);
    const attackTokens = await addDevices(db, o.workload.sites[0]!.id, attackers);
    await server.start();
    const stopAttack = new AbortController();
    const attack =
      attackers === 0
        ? undefined
        : runSlowClients({
            baseUrl: `http://127.0.0.1:${o.port}`,
            tokens: attackTokens,
            perDevice: o.perAttacker,
            durationMs: 20 * 60_000,
            signal: stopAttack.signal,
          });
    // The attack holds its places before the tablets come.
    if (attack) await new Promise((r) => setTimeout(r, 2_000));
    const ledger = newLedger(o.workload.records);
    const t0 = performance.now();
    await runTablets({
      port: o.port,
      tokens,
      workload: o.workload,
      batches: o.batches,
      batchSize: o.batches[0]?.[0]?.indices.length ?? 500,
      ledger,
      startedAt: t0,
      keepAlive: true,
    });
    const seconds = (performance.now() - t0) / 1000;
    stopAttack.abort();
    const report = await attack;
    if (report) console.log(`[${o.kind}] ${describeSlowClients(report)}`);
    await server.stop();
    const conn = db.connect();
    const verdict = await verify(conn, o.workload, ledger).finally(() => conn.destroy());
    return { seconds, rate: o.workload.records / seconds, ledger, verdict, attack: report };
  } catch (err) {
    console.error(`[${o.kind}] server output:\n${server.output()}`);
    throw err;
  } finally {
    await server.kill();
    await db.remove();
  }
}

export async function runSlowAttack(
  o: SlowAttackOptions,
): Promise<{ alone: PushRun; attacked: PushRun }> {
  console.log(`[${o.kind}] the day without an attack…`);
  const alone = await pushDay(o, 0);
  console.log(`[${o.kind}] ${Math.round(alone.rate)} records/s; now beside the slow clients…`);
  const attacked = await pushDay(o, o.attackers);
  console.log(`[${o.kind}] ${Math.round(attacked.rate)} records/s under attack`);
  return { alone, attacked };
}
