// Staff PIN verifiers, device public keys (signed offline exports), the citizen id of a
// registration (which sites hear of a citizen's doses), the target of a correction (its record's
// history is recomputed from all of them), and `citizen_doses`, each citizen's doses across sites.
// Portable SQL only: the same migration will run on PostgreSQL.
import type { Kysely, Migration } from 'kysely';
import { backfillIssue4Columns } from './002-backfill';

async function up<DB>(db: Kysely<DB>): Promise<void> {
  await db.schema.alterTable('staff').addColumn('pin', 'text').execute();
  await db.schema.alterTable('devices').addColumn('public_key', 'text').execute();

  await db.schema.alterTable('registrations').addColumn('citizen_id', 'text').execute();
  await db.schema
    .createIndex('registrations_citizen')
    .on('registrations')
    .columns(['citizen_id', 'site_id'])
    .execute();

  await db.schema.alterTable('records').addColumn('target_id', 'text').execute();
  // Partial: only corrections have a target, so the other records cost the index nothing.
  await db.schema
    .createIndex('records_target')
    .on('records')
    .column('target_id')
    .where('target_id', 'is not', null)
    .execute();

  await db.schema
    .createTable('citizen_doses')
    .addColumn('record_id', 'text', (c) => c.primaryKey())
    .addColumn('citizen_id', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('vaccine', 'text', (c) => c.notNull())
    .addColumn('dose_number', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('citizen_doses_citizen')
    .on('citizen_doses')
    .column('citizen_id')
    .execute();

  await backfillIssue4Columns(db);
}

export const pinsKeysDoses: Migration = {
  // Kysely runs SQLite migrations outside a transaction; this one is all or nothing anyway.
  up: (db) => (db.isTransaction ? up(db) : db.transaction().execute((tx) => up(tx))),
};
