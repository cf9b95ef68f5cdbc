// One step of the campaign bench in a process of its own, on the database the environment names
// (DATA_DIR or DATABASE_URL), so the measured step's peak RSS is the platform's alone:
//   seed PLATFORM.json TRUTH.json   stores the persons' check-ins; writes record id → registry id
//   run EXTRACT.csv REPORT.csv      times the import and the reconcile, then writes the report
// Each prints one JSON line.
import { readFileSync, writeFileSync } from 'node:fs';
import { collectSoonerForBulkWork } from '../../sync-server/src/shared/bulk-heap';
import { loadConfig } from '../../sync-server/src/config';
import {
  extractSource,
  importExtract,
  reconcileAll,
  writeRegistryReport,
} from '../../sync-server/src/registry';
import { openStore } from '../../sync-server/src/store/store';
import type { PlatformPerson } from '../../src/domain/registry/types';
import { storeCorpusCheckins } from '../support/registry-checkins';

const [step, input, output] = process.argv.slice(2);
if (output === undefined)
  throw new Error('usage: seed PLATFORM.json TRUTH.json | run EXTRACT.csv REPORT.csv');
// As registry:import and registry:reconcile open it.
const store = openStore(loadConfig().database, { bulk: true });
try {
  await store.migrate();
  if (step === 'seed') {
    const { platform, truth } = JSON.parse(readFileSync(input!, 'utf8')) as {
      platform: PlatformPerson[];
      truth: [string, string | null][];
    };
    const stored = await storeCorpusCheckins(store, platform, new Map(truth));
    writeFileSync(output, JSON.stringify([...stored.truth]));
    console.log(JSON.stringify({ checkins: stored.checkins }));
  } else {
    let t = performance.now();
    const imported = await importExtract(store, input!, { today: '2026-12-07' });
    const importS = (performance.now() - t) / 1000;
    const importPeakRssMb = process.resourceUsage().maxRSS / 1024;
    // As registry:reconcile runs.
    collectSoonerForBulkWork();
    t = performance.now();
    const reconciled = await reconcileAll(store, extractSource(store));
    const reconcileS = (performance.now() - t) / 1000;
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    await writeRegistryReport(store, output);
    console.log(
      JSON.stringify({
        imported: imported.touched,
        persons: reconciled.persons,
        importS,
        reconcileS,
        peakRssMb,
        importPeakRssMb,
      }),
    );
  }
} finally {
  await store.close();
}
