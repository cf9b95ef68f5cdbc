// One campaign run in a process of its own, so its peak RSS is the platform's alone: the database
// from the environment (DATA_DIR or DATABASE_URL), the extract and the platform persons from argv.
// Stores the persons' check-ins (not timed), then times the extract's import and the reconcile,
// reads the peak RSS, writes the report and scores it; prints one JSON line.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../sync-server/src/config';
import {
  extractSource,
  importExtract,
  reconcileAll,
  writeRegistryReport,
} from '../../sync-server/src/registry';
import { openStore } from '../../sync-server/src/store/store';
import type { PlatformPerson } from '../../src/domain/registry/types';
import { scoreReport, storeCorpusCheckins } from '../support/registry-checkins';

const [extract, platformFile, reportFile] = process.argv.slice(2);
if (reportFile === undefined) throw new Error('usage: EXTRACT.csv PLATFORM.json REPORT.csv');
const { platform, truth } = JSON.parse(readFileSync(platformFile!, 'utf8')) as {
  platform: PlatformPerson[];
  truth: [string, string | null][];
};
const store = openStore(loadConfig().database);
try {
  await store.migrate();
  const stored = await storeCorpusCheckins(store, platform, new Map(truth));
  let t = performance.now();
  const imported = await importExtract(store, extract!, { today: '2026-12-07' });
  const importS = (performance.now() - t) / 1000;
  t = performance.now();
  const reconciled = await reconcileAll(store, extractSource(store));
  const reconcileS = (performance.now() - t) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await writeRegistryReport(store, reportFile);
  const score = scoreReport(readFileSync(reportFile, 'utf8'), stored.truth);
  console.log(
    JSON.stringify({
      imported: imported.touched,
      importS,
      reconcileS,
      peakRssMb,
      ...score,
      persons: reconciled.persons,
    }),
  );
} finally {
  await store.close();
}
