// Migration 008 on a database that already holds records from 006: the sites that scanned a
// citizen's card or QR are filled from the stored check-ins (their proof for receiving the
// citizen's dose history), and a correction stored without its target is held, applied nowhere.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { CheckinRecord, VaxRecord } from '../../../src/domain/records';
import type { Database } from '../../../sync-server/src/store/schema';
import { createStore } from '../../../sync-server/src/store/store';
import { checkinRecord, correctionRecord, injectionRecord } from '../../support/records';
import { addSitesWithDevices, insertStoredRecords, oldDatabases } from '../helpers/old-database';
import { citizenScansRepo } from '../../../sync-server/src/sync/repos/citizen-scans';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

const databaseAt = oldDatabases();

it('fills the scanned citizens and holds the corrections of nothing', async () => {
  const db: Kysely<Database> = await databaseAt('006-report-facts');
  const now = '2026-11-23T03:00:00.000Z';
  await addSitesWithDevices(db, ['S1', 'S2'], now);
  const scanned = checkinRecord('S1', 'N1'); // cccd-qr, 001085123456
  const plain = checkinRecord('S2', 'N2', { visitKey: 'S2:2026-11-23:079090000123' });
  const typed: CheckinRecord = {
    ...plain,
    data: {
      ...plain.data,
      method: 'manual',
      citizen: { ...plain.data.citizen, id: '079090000123' },
    },
  };
  const injection = injectionRecord('S1', 'N1');
  const applied = correctionRecord(injection, 'N1', { 'data.lot': 'FK9' });
  const orphan = correctionRecord(injectionRecord('S1', 'N1'), 'N1', { 'data.lot': 'FK9' });
  const records: VaxRecord[] = [scanned, typed, injection, applied, orphan];
  await insertStoredRecords(db, records, now, { visitDate: true });

  const store = createStore(db);
  await store.migrate();
  expect(await citizenScansRepo(store).sitesOf(['001085123456', '079090000123'])).toEqual(
    new Map([['001085123456', new Set(['S1'])]]),
  );
  expect(await recordsRepo(store).flagsOf(orphan.id)).toEqual([
    expect.objectContaining({ field: 'data.targetId', code: 'correction-held' }),
  ]);
  expect(await recordsRepo(store).flagsOf(applied.id)).toEqual([]);
  const flag = await db
    .selectFrom('record_flags')
    .select(['site_id', 'day'])
    .where('record_id', '=', orphan.id)
    .executeTakeFirst();
  expect(flag).toEqual({ site_id: 'S1', day: '2026-11-23' });
});
