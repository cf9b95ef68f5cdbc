// Simulated tablets: each drains its outbox as the sync engine does (docs/protocol.md) — batches of
// up to 500 records, the SAME batch re-sent after a network error, 408, 429 or 5xx with exponential
// backoff and full jitter, accepted and duplicate records leaving the outbox, rejected ones set
// aside, and any record the answer does not mention kept for a later batch. Batch bodies are
// built before the clock starts so the client's CPU goes to the network, not to JSON.
import http from 'node:http';
import { API_PREFIX, type PushResponse } from '../../../src/domain/protocol';
import { fullJitterDelay } from '../../../src/sync/backoff';
import type { Workload } from './workload';

const PUSH_URL = `${API_PREFIX}/sync/push`;
/** The tablet's own backoff (src/sync/backoff.ts), time-compressed like the rest of the day. */
const BACKOFF = { baseMs: 100, capMs: 3000 };
/** Longer than any honest answer under full load; a dropped request is reset, not left hanging. */
const REQUEST_TIMEOUT_MS = 120_000;

export interface Batch {
  /** Record indices, in the order they are in the body. */
  indices: number[];
  body: Buffer;
}

export interface Ledger {
  /** Per record: how many times the server answered `accepted` / `duplicate` / `rejected`. */
  accepted: Uint8Array;
  duplicates: Uint8Array;
  rejected: Uint8Array;
  /** Records that left an outbox (accepted or duplicate). */
  acked: number;
  /** Per batch: first send → answer, retries included. */
  batchMs: number[];
  /** Per successful HTTP round trip. */
  roundTripMs: number[];
  attempts: number;
  networkErrors: number;
  /** HTTP statuses other than 200, by status. */
  statuses: Map<number, number>;
  /** Answers that leave a record unmentioned or name another id: a protocol bug. */
  unmentioned: number;
  /** First few rejections and whole-request refusals, for the report. */
  problems: string[];
  /** Per batch (LOAD_DEBUG only): tablet, first send (ms since the run began), ms, attempts. */
  trace: [number, number, number, number][];
}

export function newLedger(records: number): Ledger {
  return {
    accepted: new Uint8Array(records),
    duplicates: new Uint8Array(records),
    rejected: new Uint8Array(records),
    acked: 0,
    batchMs: [],
    roundTripMs: [],
    attempts: 0,
    networkErrors: 0,
    statuses: new Map(),
    unmentioned: 0,
    problems: [],
    trace: [],
  };
}

export function buildBody(workload: Workload, indices: readonly number[]): Buffer {
  return Buffer.from(
    `{"records":[${indices.map((i) => JSON.stringify(workload.record(i))).join(',')}]}`,
  );
}

/** Every tablet's outbox cut into batches, bodies ready to send. */
export function prepareBatches(workload: Workload, batchSize: number): Batch[][] {
  return workload.outboxes.map((box) => {
    const batches: Batch[] = [];
    for (let at = 0; at < box.length; at += batchSize) {
      const indices = box.slice(at, at + batchSize);
      batches.push({ indices, body: buildBody(workload, indices) });
    }
    return batches;
  });
}

interface Answer {
  status: number;
  text: string;
}

function post(agent: http.Agent, port: number, token: string, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: PUSH_URL,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': body.length,
        },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('close', () => {
          // A connection cut mid-answer is a network error, never half an answer.
          if (!res.complete) reject(new Error('answer cut off'));
        });
        res.on('end', () => {
          // Answered before the whole body was sent (a 502 from the proxy): this connection is done.
          if (!req.writableFinished) req.destroy();
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

const TRACE = Boolean(process.env.LOAD_DEBUG);
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Fleet {
  port: number;
  tokens: readonly string[];
  workload: Workload;
  batches: Batch[][];
  batchSize: number;
  ledger: Ledger;
  /** performance.now() when the run began. */
  startedAt: number;
  /** Reuse connections (as a browser does); false opens one per push. */
  keepAlive: boolean;
}

/** Runs every tablet until its outbox is empty (or it met an answer no retry can fix). */
export async function runTablets(fleet: Fleet): Promise<void> {
  const agent = new http.Agent({ keepAlive: fleet.keepAlive });
  try {
    await Promise.all(fleet.tokens.map((token, t) => runTablet(fleet, agent, token, t)));
  } finally {
    agent.destroy();
  }
}

async function runTablet(
  fleet: Fleet,
  agent: http.Agent,
  token: string,
  tablet: number,
): Promise<void> {
  const { ledger, workload } = fleet;
  // Tablets come online over the first moments of the run, not in one instant.
  await sleep(Math.random() * 200);
  const left: number[] = [];
  const queue = [...fleet.batches[tablet]!];
  for (;;) {
    let batch = queue.shift();
    if (batch === undefined && left.length > 0) {
      const indices = left.splice(0, fleet.batchSize);
      batch = { indices, body: buildBody(workload, indices) };
    }
    if (batch === undefined) return;
    const answer = await pushUntilAnswered(fleet, agent, token, batch, tablet);
    if (answer === undefined) return;
    const results = answer.results;
    batch.indices.forEach((index, k) => {
      const result = results[k];
      if (result === undefined || result.id !== workload.id(index)) {
        ledger.unmentioned++;
        left.push(index);
        return;
      }
      if (result.status === 'accepted' || result.status === 'duplicate') {
        (result.status === 'accepted' ? ledger.accepted : ledger.duplicates)[index]! += 1;
        ledger.acked++;
      } else {
        ledger.rejected[index]! += 1;
        if (ledger.problems.length < 10) {
          ledger.problems.push(`rejected ${result.id}: ${JSON.stringify(result.errors)}`);
        }
      }
    });
  }
}

/** The same body until the server answers 200; undefined after an answer no retry can fix. */
async function pushUntilAnswered(
  fleet: Fleet,
  agent: http.Agent,
  token: string,
  batch: Batch,
  tablet: number,
): Promise<PushResponse | undefined> {
  const { ledger } = fleet;
  const first = performance.now();
  for (let attempt = 0; ; attempt++) {
    const sent = performance.now();
    ledger.attempts++;
    try {
      const answer = await post(agent, fleet.port, token, batch.body);
      if (answer.status === 200) {
        const now = performance.now();
        ledger.roundTripMs.push(now - sent);
        ledger.batchMs.push(now - first);
        if (TRACE) ledger.trace.push([tablet, first - fleet.startedAt, now - first, attempt + 1]);
        return JSON.parse(answer.text) as PushResponse;
      }
      ledger.statuses.set(answer.status, (ledger.statuses.get(answer.status) ?? 0) + 1);
      if (!retryable(answer.status)) {
        ledger.problems.push(`HTTP ${answer.status}: ${answer.text.slice(0, 300)}`);
        return undefined;
      }
    } catch {
      ledger.networkErrors++;
    }
    await sleep(fullJitterDelay(attempt, BACKOFF));
  }
}
