import type { LocalDate } from '../../../src/domain/local-date';
// What the database counts for the reports (progress-queries.ts, quality-queries.ts), on rows put
// straight into its tables: delay bins and nearest-rank percentiles, and which dose rows are
// duplicates. The pages over real pushes are tested in reports-pages.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressReport } from '../../../sync-server/src/reports/progress';
import { DAY, HOUR } from '../../../sync-server/src/reports/lateness';
import { createStore, type Store } from '../../../sync-server/src/store/store';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';
import { qualityQueriesRepo } from '../../../sync-server/src/reports/queries/quality-queries';

const D1 = '2026-11-23' as LocalDate;
const D2 = '2026-11-24' as LocalDate;
const national = { kind: 'national' } as const;
let dataDir: string;
let testDb: TestDatabase;
let store: Store;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'vax-counts-'));
  testDb = await createTestDatabase(dataDir);
  const db = testDb.kysely();
  store = createStore(db);
  await store.migrate();
  for (const [id, province] of [
    ['S1', '79'],
    ['S2', '01'],
  ] as const) {
    await sitesRepo(store).create({ id, name: id, province }, new Date());
  }
  // Delays: a clock ahead (-5 s), 10 min, 2 h, 30 h and 10 days; one more on another day.
  const delays = [-5000, 10 * 60_000, 2 * HOUR, 30 * HOUR, 10 * DAY];
  await db
    .insertInto('report_doses')
    .values([
      ...delays.map((delay_ms, i) => ({
        site_id: i < 3 ? 'S1' : 'S2',
        day: D1,
        visit_key: `v${i}`,
        record_id: `i${i}`,
        vaccine: i === 0 ? 'AZ' : 'comirnaty',
        dose_number: i === 4 ? 2 : 1,
        delay_ms,
      })),
      {
        site_id: 'S1',
        day: D2,
        visit_key: 'v9',
        record_id: 'i9',
        vaccine: 'AZ',
        dose_number: 1,
        delay_ms: 3 * DAY,
      },
    ])
    .execute();
  const dose = (record_id: string, citizen_id: string, date: string, dose_number: number) => ({
    record_id,
    citizen_id,
    site_id: record_id.startsWith('x') ? 'S2' : 'S1',
    date,
    vaccine: 'comirnaty',
    dose_number,
  });
  await db
    .insertInto('citizen_doses')
    .values([
      dose('a1', 'A', D1, 1),
      dose('a2', 'A', '2026-10-01', 1), // same dose number, before the range
      dose('b1', 'B', D1, 1),
      dose('xb2', 'B', D1, 2), // same day, at the other site
      dose('c1', 'C', D1, 2),
      dose('c2', 'C', '2026-10-01', 1), // a proper earlier dose: no duplicate
    ])
    .execute();
});
afterAll(async () => {
  await store.close();
  await testDb.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('lateness', () => {
  it('bins delays, counts a clock running ahead as none, and takes nearest-rank percentiles', async () => {
    const report = await progressReport(store, national, { from: D1, to: D1 });
    expect(report.lateness.count).toBe(5);
    expect(report.lateness.bins.map((b) => b.count)).toEqual([2, 1, 0, 1, 0, 1]);
    expect(report.lateness).toMatchObject({ p50: 2 * HOUR, p95: 10 * DAY, max: 10 * DAY });
    const early = await progressReport(store, { kind: 'site', siteId: 'S1' }, { from: D1, to: D1 });
    // Three delays, the smallest negative: p50 is the second, and nothing is below zero.
    expect(early.lateness).toMatchObject({ count: 3, p50: 10 * 60_000, max: 2 * HOUR });
  });

  it('has no percentiles for a range without doses', async () => {
    const none = await progressReport(store, national, {
      from: '2026-01-01' as LocalDate,
      to: '2026-01-02' as LocalDate,
    });
    expect(none.lateness).toMatchObject({
      count: 0,
      p50: undefined,
      p95: undefined,
      max: undefined,
    });
    expect(none.total).toBe(0);
  });

  it('counts by day, site, province, vaccine and dose number within the scope', async () => {
    const report = await progressReport(store, national, { from: D1, to: D2 });
    expect(report.total).toBe(6);
    expect(report.perDay).toEqual([
      { date: D1, doses: 5 },
      { date: D2, doses: 1 },
    ]);
    expect(report.bySite).toEqual(
      new Map([
        ['S1', 4],
        ['S2', 2],
      ]),
    );
    expect(report.byProvince).toEqual(
      new Map([
        ['79', 4],
        ['01', 2],
      ]),
    );
    expect(report.byVaccine).toEqual(
      new Map([
        ['AZ', 2],
        ['comirnaty', 4],
      ]),
    );
    expect(report.byDose).toEqual(
      new Map([
        [1, 5],
        [2, 1],
      ]),
    );
    const province = await progressReport(
      store,
      { kind: 'province', province: '01' },
      {
        from: D1,
        to: D2,
      },
    );
    expect([province.total, [...province.bySite.keys()]]).toEqual([2, ['S2']]);
  });
});

describe('duplicate doses', () => {
  it('finds a dose number given twice and two doses on one day, against doses anywhere', async () => {
    const found = await qualityQueriesRepo(store).duplicates(national, [D1], 100);
    expect(found).toEqual([
      { recordId: 'a1', citizenId: 'A', sameDoseNumber: true, sameDay: false },
      { recordId: 'b1', citizenId: 'B', sameDoseNumber: false, sameDay: true },
      { recordId: 'xb2', citizenId: 'B', sameDoseNumber: false, sameDay: true },
    ]);
    expect(await qualityQueriesRepo(store).duplicateCount(national, [D1])).toBe(3);
    // S1 counts only its own records; the other half of B's pair is S2's.
    const site = { kind: 'site', siteId: 'S1' } as const;
    expect(await qualityQueriesRepo(store).duplicateCount(site, [D1])).toBe(2);
    expect(await qualityQueriesRepo(store).duplicates(national, [D1], 1)).toHaveLength(1);
  });
});
