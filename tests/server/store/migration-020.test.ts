// Migration 020 on a database that already has sites: they keep everything and have no district
// (the work-queue counts them under "Chưa rõ quận/huyện"); a site created after it keeps its own.
import { expect, it } from 'vitest';
import { createStore } from '../../../sync-server/src/store/store';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';
import { addSitesWithDevices, oldDatabases } from '../helpers/old-database';

const databaseAt = oldDatabases();

it('leaves the existing sites without a district and stores a new site with its own', async () => {
  const db = await databaseAt('018-certificate-state');
  await addSitesWithDevices(db, ['S1'], '2026-12-01T03:00:00.000Z');
  const store = createStore(db);
  await store.migrate();
  await sitesRepo(store).create(
    { id: 'S2', name: 'Trạm Y tế phường Bến Nghé', province: '79', district: '760' },
    new Date('2026-12-07T03:00:00.000Z'),
  );
  const rows = await db
    .selectFrom('sites')
    .select(['id', 'name', 'province', 'district'])
    .orderBy('id')
    .execute();
  expect(rows).toEqual([
    { id: 'S1', name: 'S1', province: '79', district: null },
    { id: 'S2', name: 'Trạm Y tế phường Bến Nghé', province: '79', district: '760' },
  ]);
  // Tablets are sent the site as before: the district stays on the server.
  expect(await sitesRepo(store).get('S2')).toEqual({
    id: 'S2',
    name: 'Trạm Y tế phường Bến Nghé',
    province: '79',
  });
});
