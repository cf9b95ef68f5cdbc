// The SQLite batch writer: a worker thread with its own connection to the database file stores
// batches (each all or nothing; those that queue up meanwhile are committed together, see
// writer-worker.ts), while the main thread goes on parsing and checking the next ones. SQLite's
// share of a push (inserts, index pages, the commit's fsync) and the main thread's (HTTP, JSON,
// validation) then run on two cores instead of taking turns on one. The main thread's own
// connection still serves reads and the other, rarer writes.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { PushResult } from '../../../../src/domain/protocol';
import { DatabaseUnavailableError } from '../../store/unavailable';
import type { BatchWriter } from './writer';
import type { MovedSites } from '../../store/change-feed';
import type { MovedNotice, WriterReply, WriterRequest } from './writer-messages';
import { writeFailures } from './write-failures';

/**
 * The worker's module. From the TypeScript sources (npm start, tests) it is loaded through tsx,
 * which worker threads do not inherit, so a small bootstrap registers tsx first; a bundled server
 * (bench:load) ships it as `writer-worker.mjs` beside the bundle.
 */
function workerModule(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./writer-worker.mjs', import.meta.url);
  const entry = new URL('./writer-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

interface Waiting {
  resolve(results: PushResult[]): void;
  reject(err: Error): void;
}

/** `moved`: hears which sites' change feed each commit of the thread moved. */
export function sqliteWriterThread(
  dataDir: string,
  moved: (sites: MovedSites) => void = () => undefined,
): BatchWriter {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  const failures = writeFailures();

  const start = (): Worker => {
    const w = new Worker(workerModule(), { workerData: { dataDir } });
    w.on('message', (reply: WriterReply | MovedNotice) => {
      if ('moved' in reply) return moved(reply.moved);
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('results' in reply) job?.resolve(reply.results);
      else {
        const err = new Error(`storing the batch failed: ${reply.error}`);
        job?.reject(reply.code === undefined ? err : Object.assign(err, { code: reply.code }));
      }
    });
    // A thread that dies takes its open transaction with it (nothing of that batch is written):
    // its batches are answered 503, which tablets retry, and the next batch starts a new thread.
    const stopped = (why: string) => {
      if (worker === w) worker = undefined;
      for (const job of waiting.values()) {
        job.reject(new DatabaseUnavailableError(`the SQLite writer ${why}`));
      }
      waiting.clear();
    };
    w.on('error', (err) => stopped(`failed: ${err.message}`));
    w.on('exit', (code) => stopped(`stopped (exit code ${code})`));
    return w;
  };

  const send = (request: WriterRequest) =>
    new Promise<PushResult[]>((resolve, reject) => {
      worker ??= start();
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });

  // Started now, not at the first push: after a restart, its module and connection are then
  // ready by the time the first tablets are back, instead of holding up their first batches.
  worker = start();
  return {
    write: (device, batch, receivedAt) =>
      failures.watch(send({ id: nextId++, device, batch, receivedAt })),
    async canWrite(now) {
      await send({ id: nextId++, probeAt: now.toISOString() });
      failures.throwIfRecent();
    },
    async close() {
      const w = worker;
      if (w === undefined) return;
      const exited = once(w, 'exit');
      // Queued behind the batches in hand: they commit first, then the connection closes.
      w.postMessage('close');
      await exited;
    },
  };
}
