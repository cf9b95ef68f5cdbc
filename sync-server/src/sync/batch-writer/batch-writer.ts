// Where a checked batch is written. The push route checks batches on the main thread and hands
// them to a writer: on PostgreSQL the app's own store, in one of its pooled transactions; on
// SQLite a thread of its own (writer-thread.ts), so the main thread parses and checks the next
// batches while SQLite works through this one.
import type { DatabaseTarget } from '../../store/database-target';
import type { Store } from '../../store/store';
import { storeInTransaction } from '../ingest/ingest';
import { writeFailures } from './write-failures';
import type { BatchWriter } from './writer';
import { sqliteWriterThread } from './writer-thread';

export function storeWriter(store: Store): BatchWriter {
  const failures = writeFailures();
  return {
    write: (device, batch, receivedAt) =>
      failures.watch(storeInTransaction(store, device, batch, receivedAt)),
    async canWrite(now) {
      await store.probeWrite(now);
      failures.throwIfRecent();
    },
    close: async () => undefined,
  };
}

/** The writer for the configured database: a thread of its own for SQLite, else the store. */
export function batchWriterFor(target: DatabaseTarget, store: Store): BatchWriter {
  return target.kind === 'sqlite'
    ? sqliteWriterThread(target.dataDir, store.feed.announce)
    : storeWriter(store);
}
