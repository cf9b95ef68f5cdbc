// Child process for the kill-safety test: the real app over the database its environment names
// (DATA_DIR or DATABASE_URL), on a free port it prints as `listening <url>`.
import { buildApp } from '../../../sync-server/src/app';
import { loadConfig } from '../../../sync-server/src/config';
import { openStore } from '../../../sync-server/src/store/store';

const store = openStore(loadConfig().database);
await store.migrate();
const app = await buildApp({ store, config: { staticDir: '/nonexistent' }, logLevel: 'silent' });
console.log(`listening ${await app.listen({ port: 0, host: '127.0.0.1' })}`);
