// Migration 002 on a database that already holds data from 001: the new columns are filled from
// the stored JSON, in batches, and the server works on the result.
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../../sync-server/src/store/schema';
import { createStore } from '../../../sync-server/src/store/store';
import { correctionRecord, injectionRecord } from '../../support/records';
import { oldDatabases } from '../helpers/old-database';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import { citizenDosesRepo } from '../../../sync-server/src/sync/repos/citizen-doses';

const databaseAt = oldDatabases();

it('adds the migration-002 columns and fills them from the bodies already stored', async () => {
  const db: Kysely<Database> = await databaseAt('001-initial');

  // As 001 stored them: 2,500 registrations (more than one backfill batch), a third without an ID.
  const now = '2026-11-23T00:00:00.000Z';
  await db
    .insertInto('sites')
    .values({ id: 'S1', name: 'S1', province: '79', created_at: now })
    .execute();
  const registrations = Array.from({ length: 2500 }, (_, i) => {
    const citizen = i % 3 === 0 ? {} : { id: `0790850${String(i).padStart(5, '0')}` };
    return {
      site_id: 'S1',
      id: `R${i}`,
      code: `C${i}`,
      session_date: '2026-11-23',
      body: JSON.stringify({ id: `R${i}`, citizen: { fullName: 'X', ...citizen } }),
    };
  });
  for (let i = 0; i < registrations.length; i += 500) {
    // `as never`: rows of the 001 shape, without the columns 002 adds.
    await db
      .insertInto('registrations')
      .values(registrations.slice(i, i + 500) as never)
      .execute();
  }
  await db
    .insertInto('devices')
    .values({ id: 'D1', site_id: 'S1', name: 't', token_hash: 'h', created_at: now } as never)
    .execute();
  const injection = injectionRecord('S1', 'N1');
  const correction = correctionRecord(injection, 'N1', { 'data.lot': 'X' });
  for (const r of [injection, correction]) {
    await db
      .insertInto('records')
      .values({
        id: r.id,
        site_id: 'S1',
        device_id: 'D1',
        type: r.type,
        visit_key: r.visitKey,
        occurred_at: r.occurredAt,
        received_at: now,
        body: JSON.stringify(r),
      } as never)
      .execute();
  }

  const store = createStore(db);
  await store.migrate();
  const rows = await db.selectFrom('registrations').select(['id', 'citizen_id']).execute();
  expect(rows.filter((r) => r.citizen_id === null)).toHaveLength(834);
  expect(rows.find((r) => r.id === 'R1')?.citizen_id).toBe('079085000001');
  const targets = await db
    .selectFrom('records')
    .select(['id', 'target_id'])
    .orderBy('id')
    .execute();
  expect(targets).toEqual([
    { id: injection.id, target_id: null },
    { id: correction.id, target_id: injection.id },
  ]);
  expect(await registrationsRepo(store).sitesOfCitizens(['079085000001'])).toEqual(
    new Map([['079085000001', new Set(['S1'])]]),
  );
  expect(await recordsRepo(store).correctionsOf([injection.id])).toHaveLength(1);
  expect(await citizenDosesRepo(store).ofCitizens(['079085000001'])).toEqual([]);
  // Running again changes nothing.
  await store.migrate();
  await store.close();
});
