// Child process for the kill-safety test: the real app over the SQLite file in argv[2], on a free
// port it prints as `listening <url>`.
import { buildApp } from '../../../sync-server/src/app';
import { openSqliteStore } from '../../../sync-server/src/store/store';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: ingest-server.ts <dataDir>');
const store = openSqliteStore(dataDir);
await store.migrate();
const app = await buildApp({ store, config: { staticDir: '/nonexistent' }, logLevel: 'silent' });
console.log(`listening ${await app.listen({ port: 0, host: '127.0.0.1' })}`);
