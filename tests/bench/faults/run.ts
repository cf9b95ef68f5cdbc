// `npm run bench:faults`: the platform's hardening (docs/security.md) measured under load.
//   1. PostgreSQL cut and frozen in turns while tablets push a day: /healthz must say 503 within
//      3 s of each outage and ok again once the database is back, the server must never exit,
//      and nothing acknowledged may be lost or stored twice.
//   2. Slow-upload devices beside the tablets: the tablets' throughput must stay ≥ 80% of the
//      same day pushed without them.
// Exits non-zero when any of these fails.
//
//   npm run bench:faults -- --records 200000 --tablets 100 --outages 4 --slow-db sqlite|postgres|both
import { parseArgs } from 'node:util';
import { MAX_BATCH_RECORDS } from '../../../src/domain/protocol';
import type { DbKind } from '../load/database';
import { serverEntry } from '../load/server-process';
import { prepareBatches } from '../load/tablets';
import type { Verdict } from '../load/verify';
import { buildWorkload } from '../load/workload';
import { runOutages, type OutageRun } from './outages';
import { runSlowAttack } from './slow-attack';

const { values: opts } = parseArgs({
  options: {
    records: { type: 'string', default: '200000' },
    tablets: { type: 'string', default: '100' },
    outages: { type: 'string', default: '4' },
    'outage-ms': { type: 'string', default: '5000' },
    attackers: { type: 'string', default: '8' },
    'per-attacker': { type: 'string', default: '16' },
    'slow-db': { type: 'string', default: 'sqlite' },
    skip: { type: 'string', default: '' },
    seed: { type: 'string', default: '20261207' },
    port: { type: 'string', default: '18191' },
    'pg-url': {
      type: 'string',
      default: process.env.LOAD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
    server: { type: 'string', default: 'bundle' },
  },
});

const HEALTH_503_WITHIN_MS = 3_000;
const MIN_RATIO = 0.8;

const num = (name: keyof typeof opts) => {
  const n = Number(opts[name]);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number`);
  return n;
};
const slowDbs: DbKind[] =
  opts['slow-db'] === 'both' ? ['sqlite', 'postgres'] : [opts['slow-db'] as DbKind];
if (!['both', 'sqlite', 'postgres'].includes(opts['slow-db']!)) {
  throw new Error('--slow-db must be sqlite, postgres or both');
}
const skip = new Set(opts.skip!.split(',').filter(Boolean));

console.log(`building the day: ${opts.records} records for ${opts.tablets} tablets…`);
const workload = buildWorkload(num('records'), num('tablets'), num('seed'));
const batches = prepareBatches(workload, MAX_BATCH_RECORDS);
const entry = await serverEntry(opts.server!);
const common = { workload, batches, entry, pgAdminUrl: opts['pg-url']!, port: num('port') };
const failed: string[] = [];
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number | undefined) => (n === undefined ? 'never' : `${int(n)} ms`);

function checkVerdict(what: string, v: Verdict): void {
  console.log(`  ${what}: stored ${int(v.stored)}, LOST ${v.lost}, DUPLICATED ${v.duplicated}`);
  if (v.lost > 0) failed.push(`${what}: ${v.lost} records lost`);
  if (v.duplicated > 0) failed.push(`${what}: ${v.duplicated} records duplicated`);
  if (v.rejected > 0) failed.push(`${what}: ${v.rejected} records rejected`);
  if (v.unacknowledged > 0) failed.push(`${what}: ${v.unacknowledged} never acknowledged`);
}

if (!skip.has('outages')) {
  console.log(`\n[outages] PostgreSQL cut and frozen ${opts.outages} times under load…`);
  const run: OutageRun = await runOutages({
    ...common,
    outages: num('outages'),
    outageMs: num('outage-ms'),
  });
  console.log(
    `\n[outages] ${int(run.records)} records in ${run.seconds.toFixed(1)} s ` +
      `(${int(run.records / run.seconds)} records/s with the outages); ` +
      `server exited by itself ${run.serverExits} times`,
  );
  for (const [i, o] of run.outages.entries()) {
    console.log(
      `  ${o.kind} #${i + 1}: /healthz 503 after ${ms(o.first503Ms)}, ` +
        `ok again ${ms(o.recoveredMs)} after the database came back`,
    );
    if (o.first503Ms === undefined || o.first503Ms > HEALTH_503_WITHIN_MS) {
      failed.push(`${o.kind} #${i + 1}: no 503 from /healthz within ${HEALTH_503_WITHIN_MS} ms`);
    }
    if (o.recoveredMs === undefined) failed.push(`${o.kind} #${i + 1}: never recovered`);
  }
  const statuses = [...run.ledger.statuses].map(([s, n]) => `${s}×${n}`).join(', ');
  console.log(`  push answers other than 200: ${statuses || 'none'}`);
  if (run.serverExits > 0) failed.push(`the server exited ${run.serverExits} times`);
  if (run.outages.length < num('outages')) failed.push('the day ended before every outage ran');
  checkVerdict('outages', run.verdict);
}

if (!skip.has('slow')) {
  for (const kind of slowDbs) {
    console.log(
      `\n[${kind}] ${opts.attackers} devices × ${opts['per-attacker']} slow pushes beside the tablets`,
    );
    const { alone, attacked } = await runSlowAttack({
      ...common,
      kind,
      attackers: num('attackers'),
      perAttacker: num('per-attacker'),
    });
    const ratio = attacked.rate / alone.rate;
    console.log(
      `[${kind}] alone ${int(alone.rate)} records/s, beside the attack ${int(attacked.rate)}: ` +
        `${(ratio * 100).toFixed(0)}% (needs ≥ ${MIN_RATIO * 100}%)`,
    );
    if (ratio < MIN_RATIO) failed.push(`${kind}: ${(ratio * 100).toFixed(0)}% under attack`);
    checkVerdict(`${kind} alone`, alone.verdict);
    checkVerdict(`${kind} under attack`, attacked.verdict);
  }
}

console.log('');
for (const f of failed) console.log(`FAIL ${f}`);
if (failed.length === 0) console.log('PASS: no outage or slow client took the server down');
process.exitCode = failed.length > 0 ? 1 : 0;
