// One import in a process of its own, so its peak RSS is the import's alone: the database from
// the environment (DATA_DIR or DATABASE_URL, as the server reads it), the file from argv; prints
// one JSON line of figures.
import { loadConfig } from '../../sync-server/src/config';
import { importExtract } from '../../sync-server/src/registry';
import { openStore } from '../../sync-server/src/store/store';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: registry-import-child.ts FILE');
// As registry:import opens it.
const store = openStore(loadConfig().database, { bulk: true });
try {
  await store.migrate();
  const started = performance.now();
  const report = await importExtract(store, file, { today: '2026-12-07' });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      read: report.read,
      touched: report.touched,
      refused: report.refusedCount,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} finally {
  await store.close();
}
