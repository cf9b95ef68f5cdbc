// The whole campaign path on a seeded corpus, scored the way the independent check scores it:
// the registry's extract imported from CSV, the platform's persons as check-ins in the records
// table, `reconcileAll`, the report CSV, precision and recall against the truth. Two seeds, so the
// thresholds are not tuned to one: seed 3 on SQLite, seed 4 on PostgreSQL. Matching is the same
// pure code on both; what differs is the SQL that finds candidates, which source-contract.test
// holds to the same answers on both. Each seed on both databases cost ~25 s more per CI run.
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  extractSource,
  importExtract,
  reconcileAll,
  writeRegistryReport,
} from '../../../sync-server/src/registry';
import type { Store } from '../../../sync-server/src/store/store';
import { registryCorpus } from '../../support/registry-corpus';
import { registryCsv } from '../../support/registry-csv';
import { scoreReport, storeCorpusCheckins } from '../../support/registry-checkins';
import { createTestDatabase, onPostgres, type TestDatabase } from '../helpers/test-database';

let dir: string;
let db: TestDatabase;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vax-quality-'));
  db = await createTestDatabase(dir);
  store = await db.open();
});
afterEach(async () => {
  await store.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('reconcile quality, scored through the report', () => {
  it.each(onPostgres ? [4] : [3])(
    'seed %i: precision ≥ 99.5%, recall ≥ 97%, no outsider verified',
    async (seed) => {
      const corpus = registryCorpus({ seed, registrySize: 12_000, platformSize: 3_000 });
      const extract = path.join(dir, 'extract.csv');
      writeFileSync(extract, registryCsv(corpus.registry, { bom: true }));
      const imported = await importExtract(store, extract, { today: '2026-12-07' });
      expect(imported.refusedCount).toBe(0);
      const { truth, checkins } = await storeCorpusCheckins(store, corpus.platform, corpus.truth);

      const report = await reconcileAll(store, extractSource(store));
      expect(report.checkins).toBe(checkins);
      const file = path.join(dir, 'report.csv');
      await writeRegistryReport(store, file);
      const score = scoreReport(readFileSync(file, 'utf8'), truth);

      console.log(`registry quality (seed ${seed}):`, score);
      expect(score.precision).toBeGreaterThanOrEqual(0.995);
      expect(score.recall).toBeGreaterThanOrEqual(0.97);
      expect(score.verifiedOutsiders).toBe(0);
    },
    120_000,
  );
});
