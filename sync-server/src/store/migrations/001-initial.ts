// First schema: reference data per site, devices and enrollment codes, the record store with its
// data-quality flags, and the `changes` log that drives pull.
import type { Kysely, Migration } from 'kysely';
import { isPostgres } from '../open-postgres';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('province', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('staff')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('staff_pk', ['site_id', 'id'])
      .execute();

    await db.schema
      .createTable('lots')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('lot', 'text', (c) => c.notNull())
      .addColumn('vaccine', 'text', (c) => c.notNull())
      .addColumn('expiry', 'text', (c) => c.notNull())
      .addColumn('doses_allocated', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('lots_pk', ['site_id', 'lot'])
      .execute();

    await db.schema
      .createTable('registrations')
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('session_date', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('registrations_pk', ['site_id', 'id'])
      .execute();

    // The code printed on a registration slip names one registration of the site.
    await db.schema
      .createIndex('registrations_site_code')
      .on('registrations')
      .columns(['site_id', 'code'])
      .unique()
      .execute();

    await db.schema
      .createTable('devices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();

    await db.schema
      .createTable('enrollment_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('max_uses', 'integer', (c) => c.notNull())
      .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('records')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('visit_key', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('records_site_visit')
      .on('records')
      .columns(['site_id', 'visit_key'])
      .execute();

    await db.schema
      .createTable('record_flags')
      .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('record_flags_pk', ['record_id', 'field', 'code'])
      .execute();

    // SQLite's `autoincrement` never reuses a seq; PostgreSQL's identity column is its
    // equivalent (bigint: a national day writes tens of millions of changes).
    await db.schema
      .createTable('changes')
      .addColumn('seq', isPostgres(db) ? 'bigint' : 'integer', (c) =>
        isPostgres(db)
          ? c.primaryKey().generatedAlwaysAsIdentity()
          : c.primaryKey().autoIncrement(),
      )
      .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id'))
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('op', 'text', (c) => c.notNull())
      .addColumn('data', 'text')
      .addColumn('source_device_id', 'text')
      .execute();
    // Covers the pull query and its `remaining` count without touching the table.
    await db.schema
      .createIndex('changes_site_seq')
      .on('changes')
      .columns(['site_id', 'seq', 'source_device_id'])
      .execute();
  },
};
