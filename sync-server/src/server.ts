// Launches the sync-server: config, database (migrated; demo site on first start), HTTP.
import { registrationLine } from './admin';
import { buildApp } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { batchWriterFor } from './sync';
import { seedDemoIfEmpty } from './seed';
import { checkDataDir, startProblem } from './store/start-problems';
import { openStore } from './store/store';

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(`Configuration error: ${err.message}`);
    process.exit(1);
  }
}

/** Runs a start-up step on the database; a failure the operator can fix ends with one line. */
async function databaseOrExit<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    const problem = startProblem(err, config.database);
    if (problem === undefined) throw err;
    console.error(`Cannot start: ${problem}`);
    process.exit(1);
  }
}

const config = configOrExit();
const { database } = config;
if (database.kind === 'sqlite') await databaseOrExit(() => checkDataDir(database.dataDir));
const store = await databaseOrExit(async () => {
  const opened = openStore(database);
  await opened.migrate();
  return opened;
});
const seeded = await databaseOrExit(() =>
  seedDemoIfEmpty(store, new Date(), config.demoRegistrations),
);
const writer = batchWriterFor(config.database, store);
const fastify = await buildApp({ store, writer, config, logLevel: config.logLevel });
await fastify.listen({ port: config.port, host: config.host });

if (seeded) {
  console.log(`Enrollment code: ${seeded.code}`);
  for (const p of seeded.pins) console.log(`Demo PIN ${p.pin} — ${p.name} (${p.role})`);
  for (const r of seeded.citizens) console.log(`Demo citizen to check in: ${registrationLine(r)}`);
}
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
console.log(`Open http://${shownHost}:${config.port}/ on the tablet`);
for (const o of seeded?.operators ?? []) {
  console.log(
    `Reports: http://${shownHost}:${config.port}/reports — operator ${o.username} / password ${o.password}`,
  );
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  fastify.log.info({ signal }, 'shutting down');
  // In-flight batches finish (and commit), and their writer stops, before the database closes.
  await fastify.close();
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
