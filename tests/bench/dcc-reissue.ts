// Re-issue under push load (issue 20, point 10; goal ≤ 60 s): registry-verified persons hold a
// certificate; while the fleet of the load bench pushes a day's records through the real server
// (its own process), a correction of each person's dose is pushed, one at a time, and timed from
// the correction's acceptance until the corrected certificate is live in the database. SQLite and,
// unless BENCH_DATABASE_URL=none, PostgreSQL.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_PREFIX, type PushResponse } from '../../src/domain/protocol';
import type { VaxRecord } from '../../src/domain/records';
import type { RegistryPerson } from '../../src/domain/registry/types';
import { certificatesRepo, initIssuer } from '../../sync-server/src/certificates';
import { loadConfig } from '../../sync-server/src/config';
import { extractSource, reconcileAll, registryRepo } from '../../sync-server/src/registry';
import { openStore } from '../../sync-server/src/store/store';
import {
  checkinRecord,
  correctionRecord,
  injectionRecord,
  screeningRecord,
} from '../support/records';
import { createDatabase, seedDatabase, type DbKind, type LoadDatabase } from './load/database';
import { percentile } from './load/report';
import { serverEntry, serverProcess } from './load/server-process';
import { prepareBatches } from './load/tablets';
import { buildWorkload, type SiteSpec, type Workload } from './load/workload';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.BENCH_REISSUE_PORT ?? 18195);
const TABLETS = 40;
const RECORDS = 400_000;
const BATCH = 100;
const CORRECTIONS = 5;
const PUSH = `${API_PREFIX}/sync/push`;

const PERSONS: RegistryPerson[] = Array.from({ length: CORRECTIONS }, (_, i) => ({
  idNumber: `07919000${String(5000 + i)}`,
  fullName: ['Nguyễn Thị Lan', 'Trần Văn Nam', 'Lê Thị Hoa', 'Phạm Văn Tú', 'Võ Thị Mai'][i]!,
  dob: `1990-0${i + 1}-15`,
  sex: i % 2 === 0 ? 'F' : 'M',
  provinceCode: '79',
}));

/** The person's first dose (AstraZeneca) at `site` on 1 October, as a tablet pushes it. */
function vaccinationVisit(site: SiteSpec, p: RegistryPerson): VaxRecord[] {
  const day = '2026-10-01';
  const visitKey = `${site.id}:${day}:${p.idNumber}`;
  const at = (time: string) => ({ visitKey, occurredAt: `${day}T${time}+07:00` });
  const citizen = { id: p.idNumber, fullName: p.fullName, dob: p.dob, sex: p.sex! };
  const lot = site.lots.find((l) => l.vaccine === 'AZ')!.lot;
  return [
    checkinRecord(site.id, 'V1', { ...at('09:15:00.000'), data: { method: 'cccd-qr', citizen } }),
    screeningRecord(site.id, 'D1', at('09:25:00.000')),
    injectionRecord(site.id, 'N1', {
      ...at('09:40:00.000'),
      data: { vaccine: 'AZ', lot, doseNumber: 1, doseKind: 'primary', arm: 'left' },
    }),
  ];
}

function post(port: number, token: string, body: Buffer, agent: http.Agent) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: PUSH,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': body.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Pushes records until accepted (or already there); throws on a refusal. */
async function pushAccepted(token: string, records: readonly VaxRecord[], agent: http.Agent) {
  const answer = await post(PORT, token, Buffer.from(JSON.stringify({ records })), agent);
  const results = answer.status === 200 ? (JSON.parse(answer.text) as PushResponse).results : [];
  const ok = results.filter((r) => r.status === 'accepted' || r.status === 'duplicate');
  if (ok.length !== records.length) {
    throw new Error(`push refused: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
  }
}

/** The fleet pushing its outboxes until told to stop; how many records it had pushed, and when. */
function pushLoad(workload: Workload, tokens: readonly string[], agent: http.Agent) {
  let stop = false;
  let pushed = 0;
  const batches = prepareBatches(workload, BATCH);
  const tablets = tokens.map(async (token, t) => {
    for (const batch of batches[t]!) {
      if (stop) return;
      const answer = await post(PORT, token, batch.body, agent);
      if (answer.status === 200) pushed += batch.indices.length;
    }
  });
  return {
    pushed: () => pushed,
    async end() {
      stop = true;
      await Promise.all(tablets);
    },
  };
}

async function waitFor<T>(read: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = performance.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`nothing after ${seconds} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function runOn(kind: DbKind): Promise<string> {
  const db: LoadDatabase = await createDatabase(kind, PG_URL);
  // The issuer's keys live in DATA_DIR/issuer, on the server host, whichever the database.
  const dataDir = db.env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'vax-reissue-'));
  const env = { ...db.env, DATA_DIR: dataDir };
  const workload = buildWorkload(RECORDS, TABLETS, 20261207);
  const { tokens } = await seedDatabase(db, workload, []);
  const store = openStore(db.target);
  const agent = new http.Agent({ keepAlive: true });
  const server = serverProcess(PORT, env, await serverEntry('bundle'));
  try {
    await initIssuer(store, loadConfig(env).issuer, 'ES256', new Date());
    await store.transaction((tx) => registryRepo(tx).replace(PERSONS, '2026-12-01T00:00:00.000Z'));
    await reconcileAll(store, extractSource(store));
    await server.start();
    const site = workload.sites[0]!;
    const token = tokens[workload.tablets.find((t) => t.siteId === site.id)!.index]!;
    const visits = PERSONS.map((p) => vaccinationVisit(site, p));
    for (const visit of visits) await pushAccepted(token, visit, agent);
    const live = (idNumber: string, reason: string) => async () => {
      const history = await certificatesRepo(store).history(idNumber);
      return history.find((c) => c.revoked_at === null && c.reason === reason);
    };
    for (const p of PERSONS) await waitFor(live(p.idNumber, 'first-issue'), 120);

    const load = pushLoad(workload, tokens, agent);
    const started = performance.now();
    const seconds: number[] = [];
    try {
      for (const [i, visit] of visits.entries()) {
        await new Promise((r) => setTimeout(r, 3000));
        const injection = visit.find((r) => r.type === 'injection')!;
        const lot = site.lots.find((l) => l.vaccine === 'PF')!;
        const fix = correctionRecord(injection, 'N1', {
          'data.vaccine': 'PF',
          'data.lot': lot.lot,
        });
        await pushAccepted(token, [fix], agent);
        const t0 = performance.now();
        await waitFor(live(PERSONS[i]!.idNumber, 'dose-corrected'), 120);
        seconds.push((performance.now() - t0) / 1000);
      }
    } finally {
      await load.end();
    }
    const rate = load.pushed() / ((performance.now() - started) / 1000);
    const s = (x: number) => `${x.toFixed(1)} s`;
    return (
      `re-issue after a correction under push load (${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ` +
      `${TABLETS} tablets pushing ${Math.round(rate)} records/s): median ` +
      `${s(percentile(seconds, 0.5))}, at most ${s(Math.max(...seconds))} over ${seconds.length} ` +
      `corrections (goal ≤ 60 s)`
    );
  } finally {
    agent.destroy();
    await server.stop();
    await store.close();
    await db.remove();
    if (db.env.DATA_DIR === undefined) rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchDccReissue(): Promise<string> {
  const kinds: DbKind[] = PG_URL === 'none' ? ['sqlite'] : ['sqlite', 'postgres'];
  const lines: string[] = [];
  for (const kind of kinds) lines.push(await runOn(kind));
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(await benchDccReissue());
