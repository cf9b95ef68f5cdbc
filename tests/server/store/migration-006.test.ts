// Migration 006 on a database that already holds records from 005: every injection gets its
// report row (its own site's corrections applied), check-ins their registration id, and flags
// their record's site and day, so the reports count what was stored before the upgrade.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { VaxRecord } from '../../../src/domain/records';
import type { Database } from '../../../sync-server/src/store/schema';
import { createStore } from '../../../sync-server/src/store/store';
import { checkinRecord, correctionRecord, injectionRecord } from '../../support/records';
import { addSitesWithDevices, insertStoredRecords, oldDatabases } from '../helpers/old-database';
import { progressQueriesRepo } from '../../../sync-server/src/reports/queries/progress-queries';
import { qualityQueriesRepo } from '../../../sync-server/src/reports/queries/quality-queries';

const databaseAt = oldDatabases();

it('fills the report rows, registration ids and flag days from the stored records', async () => {
  const db: Kysely<Database> = await databaseAt('005-visit-day');

  const now = '2026-11-23T03:00:00.000Z'; // 10:00 in Vietnam
  await addSitesWithDevices(db, ['S1', 'S2'], now);
  const checkin = checkinRecord('S1', 'N1', {
    data: {
      method: 'registration-qr',
      registrationId: 'r-1',
      citizen: { id: '001085123456', fullName: 'Nguyễn Văn An', dob: '1985-04-12', sex: 'M' },
    },
  });
  const plain = checkinRecord('S1', 'N1', { visitKey: 'S1:2026-11-23:079090000123' });
  const injection = injectionRecord('S1', 'N1'); // 09:40, received 20 min later
  const corrected = injectionRecord('S2', 'N2', { visitKey: 'S2:2026-11-23:079090000123' });
  const ownCorrection = correctionRecord(corrected, 'N2', { 'data.doseNumber': 2 });
  // Another site cannot correct S2's record: ingest never applied this one.
  const foreign = correctionRecord(corrected, 'N1', { 'data.vaccine': 'AZ' }, { siteId: 'S1' });
  const records: VaxRecord[] = [checkin, plain, injection, corrected, ownCorrection, foreign];
  await insertStoredRecords(db, records, now, { visitDate: true });
  await db
    .insertInto('record_flags')
    .values({
      record_id: plain.id,
      field: 'data.citizen.id',
      code: 'missing-id',
      message: 'm',
    } as never)
    .execute();

  const store = createStore(db);
  await store.migrate();
  const rows = await db.selectFrom('report_doses').selectAll().orderBy('site_id').execute();
  expect(rows.map((r) => ({ ...r, delay_ms: Number(r.delay_ms) }))).toEqual([
    {
      site_id: 'S1',
      day: '2026-11-23',
      visit_key: injection.visitKey,
      record_id: injection.id,
      vaccine: 'PF',
      dose_number: 1,
      delay_ms: 20 * 60_000,
    },
    {
      site_id: 'S2',
      day: '2026-11-23',
      visit_key: corrected.visitKey,
      record_id: corrected.id,
      vaccine: 'PF',
      dose_number: 2,
      delay_ms: 20 * 60_000,
    },
  ]);
  const registrations = await db
    .selectFrom('records')
    .select(['id', 'registration_id'])
    .where('registration_id', 'is not', null)
    .execute();
  expect(registrations).toEqual([{ id: checkin.id, registration_id: 'r-1' }]);
  expect(await db.selectFrom('record_flags').select(['site_id', 'day']).execute()).toEqual([
    { site_id: 'S1', day: '2026-11-23' },
  ]);

  const national = { kind: 'national' } as const;
  expect(await progressQueriesRepo(store).byVaccineAndNumber(national, ['2026-11-23'])).toEqual(
    expect.arrayContaining([
      { vaccine: 'PF', doseNumber: 1, doses: 1 },
      { vaccine: 'PF', doseNumber: 2, doses: 1 },
    ]),
  );
  expect(await qualityQueriesRepo(store).flagCounts(national, ['2026-11-23'])).toEqual([
    { code: 'missing-id', records: 1 },
  ]);
  // Running again changes nothing.
  await store.migrate();
  expect(await db.selectFrom('report_doses').select('record_id').execute()).toHaveLength(2);
  await store.close();
});
