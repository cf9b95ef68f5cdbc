// The SQLite writer thread (see writer-thread.ts): its own connection, batches stored in the order
// they were posted, each answered once committed or rolled back. Batches that arrive while one
// group is being written wait and are then written together (group commit): each in a savepoint
// of its own, so a batch is still all or nothing, and one commit for the group, so the index pages
// they share and the commit's sync are written once. On a busy day that is most of a commit's
// cost; a quiet writer still commits each batch on its own, at once.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openSqliteStore } from '../../store/store';
import { storeBatch } from '../ingest/ingest';
import type { DbHandle } from '../../store/db-handle';
import type { MovedNotice, WriterReply, WriterRequest } from './writer-messages';
import { healthRepo } from '../../store/repos/health';

/**
 * Batches of one group commit at most. In bench:load groups of 4, 8 and 16 gave the same
 * throughput; the bound keeps the first batch of a group from waiting long for its answer (a
 * group of 8 × 500 records takes the writer 0.1–0.15 s).
 */
const MAX_GROUP = 8;

if (parentPort === null) throw new Error('writer-worker.ts runs as a worker thread only');
const port: MessagePort = parentPort;
const store = openSqliteStore((workerData as { dataDir: string }).dataDir);
// Pulls are held on the main thread: it hears of each commit from here.
store.feed.listen((moved) => port.postMessage({ moved } satisfies MovedNotice));
const waiting: WriterRequest[] = [];
let closing = false;
let writing = false;

function failure(id: number, err: unknown): WriterReply {
  const code = (err as { code?: unknown } | null)?.code;
  return {
    id,
    error: err instanceof Error ? err.message : String(err),
    ...(typeof code === 'string' && { code }),
  };
}

async function written(tx: DbHandle, request: WriterRequest): Promise<WriterReply> {
  if ('probeAt' in request) {
    await healthRepo(tx).touch(new Date(request.probeAt));
    return { id: request.id, results: [] };
  }
  const { id, device, batch, receivedAt } = request;
  return { id, results: await storeBatch(tx, device, batch, receivedAt) };
}

async function writeGroup(group: readonly WriterRequest[]): Promise<void> {
  let settled: PromiseSettledResult<WriterReply>[];
  try {
    settled = await store.transactionEach(
      group.map((request) => (tx: DbHandle) => written(tx, request)),
    );
  } catch (err) {
    // The transaction itself failed (a failure that ended it, or its commit): nothing of the
    // group is written.
    settled = group.map(() => ({ status: 'rejected', reason: err }));
  }
  settled.forEach((outcome, i) => {
    port.postMessage(
      outcome.status === 'fulfilled' ? outcome.value : failure(group[i]!.id, outcome.reason),
    );
  });
}

async function writeWaiting(): Promise<void> {
  while (waiting.length > 0) await writeGroup(waiting.splice(0, MAX_GROUP));
  writing = false;
  if (closing) {
    await store.close();
    port.close();
  }
}

port.on('message', (message: WriterRequest | 'close') => {
  if (message === 'close') closing = true;
  // A probe joins the next group rather than waiting behind every batch in hand.
  else if ('probeAt' in message) waiting.unshift(message);
  else waiting.push(message);
  if (writing) return;
  writing = true;
  // After the messages already delivered with this one, so that they start one group together.
  setImmediate(() => void writeWaiting());
});
