// The SQLite writer thread (see writer-thread.ts): its own connection, one batch transaction at a
// time in the order they were posted, each answered once committed or rolled back.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from '../../store/store';
import { storeInTransaction } from '../ingest';
import type { WriterReply, WriterRequest } from './writer-messages';

const port = parentPort;
if (port === null) throw new Error('writer-worker.ts runs as a worker thread only');
const store = openSqliteStore((workerData as { dataDir: string }).dataDir);
let queue = Promise.resolve();

port.on('message', (message: WriterRequest | 'close') => {
  queue = queue.then(async () => {
    if (message === 'close') {
      await store.close();
      port.close();
      return;
    }
    const { id, device, batch, receivedAt } = message;
    let reply: WriterReply;
    try {
      reply = { id, results: await storeInTransaction(store, device, batch, receivedAt) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
});
