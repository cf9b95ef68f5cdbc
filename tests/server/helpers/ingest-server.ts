// Child process for tests (see child-server.ts): the real app over the database its
// environment names (DATA_DIR or DATABASE_URL, and the timeouts), on a free port it prints as
// `listening <url>`.
import { buildApp } from '../../../sync-server/src/app';
import { loadConfig } from '../../../sync-server/src/config';
import { batchWriterFor } from '../../../sync-server/src/sync/batch-writer/batch-writer';
import { openStore } from '../../../sync-server/src/store/store';

// As server.ts: on SQLite, batches are written by the writer thread.
const { database, enrollPerMinute, healthTimeoutMs } = loadConfig();
const store = openStore(database);
await store.migrate();
const app = await buildApp({
  store,
  writer: batchWriterFor(database, store),
  config: { staticDir: '/nonexistent', enrollPerMinute, healthTimeoutMs },
  logLevel: 'silent',
});
console.log(`listening ${await app.listen({ port: 0, host: '127.0.0.1' })}`);
