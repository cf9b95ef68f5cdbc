// The figures of one run, and the table that compares the databases.
import type { FaultCounts } from './proxy';
import type { Ledger } from './tablets';
import type { Verdict } from './verify';

export interface RunResult {
  db: string;
  records: number;
  tablets: number;
  seconds: number;
  ledger: Ledger;
  faults: FaultCounts;
  kills: number;
  /** Server start-up times in ms (first start, then every restart after a kill). */
  startups: number[];
  verdict: Verdict;
  target: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const ms = (n: number) => `${Math.round(n)} ms`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

export const rate = (r: RunResult) => r.records / r.seconds;

/** Why the run fails, if it does: loss, duplication, rejections or a missed throughput target. */
export function failures(r: RunResult): string[] {
  const v = r.verdict;
  const out: string[] = [];
  if (v.lost > 0) out.push(`${r.db}: ${v.lost} records lost`);
  if (v.duplicated > 0) out.push(`${r.db}: ${v.duplicated} records duplicated`);
  if (v.rejected > 0) out.push(`${r.db}: ${v.rejected} records rejected`);
  if (v.unexpected > 0) out.push(`${r.db}: ${v.unexpected} stored records no tablet sent`);
  if (v.unacknowledged > 0) out.push(`${r.db}: ${v.unacknowledged} records never acknowledged`);
  if (r.ledger.unmentioned > 0) out.push(`${r.db}: ${r.ledger.unmentioned} records unmentioned`);
  if (rate(r) < r.target) {
    out.push(`${r.db}: ${int(rate(r))} records/s is below the target of ${int(r.target)}`);
  }
  return out;
}

export function describeRun(r: RunResult): string {
  const { ledger: l, faults: f, verdict: v } = r;
  const statuses = [...l.statuses].map(([s, n]) => `${s}×${n}`).join(', ') || 'none';
  const restarts = r.startups.slice(1);
  return [
    `${r.db}: ${int(r.records)} records from ${r.tablets} tablets in ${r.seconds.toFixed(1)} s` +
      ` = ${int(rate(r))} records/s (target ≥ ${int(r.target)})`,
    `  batches: ${int(l.batchMs.length)}; first send → answer p50 ${ms(percentile(l.batchMs, 0.5))},` +
      ` p95 ${ms(percentile(l.batchMs, 0.95))}, max ${ms(percentile(l.batchMs, 1))};` +
      ` successful round trip p50 ${ms(percentile(l.roundTripMs, 0.5))},` +
      ` p95 ${ms(percentile(l.roundTripMs, 0.95))}`,
    `  HTTP attempts ${int(l.attempts)}; network errors ${int(l.networkErrors)}; other statuses: ${statuses}`,
    `  faults: ${f.dropped} pushes dropped before the server, ${f.lostResponses} answers lost` +
      ` (${f.lostCommitted} of them after a commit), ${f.slow} over a slow link,` +
      ` ${r.kills} SIGKILLs (${f.cutOff} requests cut off, ${f.refused} refused while down)`,
    `  server start-up: first ${ms(r.startups[0] ?? NaN)}` +
      (restarts.length > 0 ? `, restarts ${restarts.map(ms).join(', ')}` : ''),
    `  database: ${int(v.stored)} records stored; missing ${v.missing}, altered ${v.altered},` +
      ` unexpected ${v.unexpected}, stored twice ${v.storedTwice}; changes rows missing` +
      ` ${v.changesMissing}, extra ${v.changesExtra}; dose rows missing ${v.dosesMissing},` +
      ` extra ${v.dosesExtra}; dose histories announced twice ${v.historiesExtra}`,
    `  tablets: ${v.acceptedTwice} records accepted twice, ${v.unacknowledged} never acknowledged,` +
      ` ${v.rejected} rejected, ${l.unmentioned} unmentioned`,
    `  LOST ${v.lost}  DUPLICATED ${v.duplicated}  REJECTED ${v.rejected}`,
    ...l.problems.map((p) => `  ! ${p}`),
  ].join('\n');
}

export function table(results: readonly RunResult[]): string {
  const header = [
    'db',
    'records',
    'tablets',
    'seconds',
    'records/s',
    'target',
    'batch p50',
    'batch p95',
    'batch max',
    'rtt p95',
    'dropped',
    'lost answers',
    'slow',
    'kills',
    'lost',
    'duplicated',
    'rejected',
  ];
  const rows = results.map((r) => [
    r.db,
    int(r.records),
    String(r.tablets),
    r.seconds.toFixed(1),
    int(rate(r)),
    `≥ ${int(r.target)}`,
    ms(percentile(r.ledger.batchMs, 0.5)),
    ms(percentile(r.ledger.batchMs, 0.95)),
    ms(percentile(r.ledger.batchMs, 1)),
    ms(percentile(r.ledger.roundTripMs, 0.95)),
    String(r.faults.dropped),
    String(r.faults.lostResponses),
    String(r.faults.slow),
    String(r.kills),
    String(r.verdict.lost),
    String(r.verdict.duplicated),
    String(r.verdict.rejected),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
