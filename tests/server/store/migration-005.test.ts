// Migration 005 on a database that already holds records from 004: each gets its visit's date
// from its key, and the day report and the check-in lookup work through the new indexes.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { VaxRecord } from '../../../src/domain/records';
import type { Database } from '../../../sync-server/src/store/schema';
import { createStore } from '../../../sync-server/src/store/store';
import { checkinRecord, injectionRecord } from '../../support/records';
import { addSitesWithDevices, insertStoredRecords, oldDatabases } from '../helpers/old-database';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

const databaseAt = oldDatabases();

it('gives every stored record its visit date and keeps day reports and check-in lookups', async () => {
  const db: Kysely<Database> = await databaseAt('004-fhir');

  const now = '2026-11-24T00:00:00.000Z';
  // A site whose id is longer than the other's: the date is cut from after the site's own id.
  await addSitesWithDevices(db, ['S1', 'SITE-22'], now);
  const onDay = checkinRecord('S1', 'V1');
  const injection = injectionRecord('S1', 'N1');
  const nextDay = checkinRecord('S1', 'V1', {
    visitKey: 'S1:2026-11-24:001085123456',
    occurredAt: '2026-11-24T08:00:00.000+07:00',
  });
  const otherSite = checkinRecord('SITE-22', 'V1');
  const records: VaxRecord[] = [onDay, injection, nextDay, otherSite];
  await insertStoredRecords(db, records, now, { visitDate: false });

  const store = createStore(db);
  await store.migrate();
  const dates = await db.selectFrom('records').select(['id', 'visit_date']).execute();
  expect(new Map(dates.map((d) => [d.id, d.visit_date]))).toEqual(
    new Map([
      [onDay.id, '2026-11-23'],
      [injection.id, '2026-11-23'],
      [nextDay.id, '2026-11-24'],
      [otherSite.id, '2026-11-23'],
    ]),
  );
  const day = await recordsRepo(store).ofVisitDay('S1', '2026-11-23');
  expect(day.map((body) => (JSON.parse(body) as VaxRecord).id)).toEqual([onDay.id, injection.id]);
  const checkins = await recordsRepo(store).checkinsOfVisits([onDay.visitKey, otherSite.visitKey]);
  expect(checkins.map((body) => (JSON.parse(body) as VaxRecord).id).sort()).toEqual(
    [onDay.id, otherSite.id].sort(),
  );
  // Running again changes nothing.
  await store.migrate();
  await store.close();
});
