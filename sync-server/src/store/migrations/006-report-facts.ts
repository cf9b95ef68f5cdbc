// The operators' reports count in the database: at national scale, reading a day's
// records into the server to add them up took seconds and most of a gigabyte. Each report reads
// through an index on (site, day) instead:
// - `report_doses`: one row per injection record, corrections applied (unlike `citizen_doses`,
//   also those of visits without an ID number), with the day it was given and how late it arrived.
//   Its key starts with site and day, so a batch's new rows land together and a report's range is
//   one index range per site and day; the visit key in it finds a visit's injections (coverage);
// - `records.registration_id`: the registration a check-in scanned, so a registration without an
//   ID number (a child) counts as vaccinated when its visit had an injection (coverage-query.ts);
// - `record_flags` get their record's site and day, so flag counts need not scan the records;
// - `citizen_doses` gets a (site, date) index, for the duplicate doses of a range, its citizen
//   index takes the date too, and `registrations` get a (site, session date) index, for coverage.
// Portable SQL only: the same migration runs on PostgreSQL.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from '../open-postgres';
import { backfillReportFacts } from './006-backfill';

async function up<DB>(db: Kysely<DB>): Promise<void> {
  const reportDoses = db.schema
    .createTable('report_doses')
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('visit_key', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('vaccine', 'text', (c) => c.notNull())
    .addColumn('dose_number', 'integer', (c) => c.notNull())
    // ms from the injection to its receipt; bigint, since a month is past PostgreSQL's integer.
    .addColumn('delay_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_doses_pk', ['site_id', 'day', 'visit_key', 'record_id']);
  // On SQLite the rows live in their key's order: a site's day is one contiguous run of pages to
  // count, and ingest writes one tree instead of a table and its key's index.
  await (isPostgres(db) ? reportDoses : reportDoses.modifyEnd(sql`without rowid`)).execute();

  await db.schema.alterTable('records').addColumn('registration_id', 'text').execute();
  // Partial: only check-ins from a registration have one. By site and day, so that a day's new
  // rows land together, and coverage reads the range's few such check-ins.
  await db.schema
    .createIndex('records_registration_day')
    .on('records')
    .columns(['site_id', 'visit_date'])
    .where(sql.ref('registration_id'), 'is not', null)
    .execute();

  await db.schema.alterTable('record_flags').addColumn('site_id', 'text').execute();
  await db.schema.alterTable('record_flags').addColumn('day', 'text').execute();
  await db.schema
    .createIndex('record_flags_site_day')
    .on('record_flags')
    .columns(['site_id', 'day'])
    .execute();

  await db.schema
    .createIndex('registrations_site_session')
    .on('registrations')
    .columns(['site_id', 'session_date'])
    .execute();

  // A citizen's doses by date too: coverage asks "a dose on or after the session?" of the index
  // alone. Every earlier use (a citizen's rows) reads it as before.
  await db.schema.dropIndex('citizen_doses_citizen').execute();
  await db.schema
    .createIndex('citizen_doses_citizen_date')
    .on('citizen_doses')
    .columns(['citizen_id', 'date'])
    .execute();
  await db.schema
    .createIndex('citizen_doses_site_date')
    .on('citizen_doses')
    .columns(['site_id', 'date'])
    .execute();

  await backfillReportFacts(db);
}

export const reportFacts: Migration = {
  // Kysely runs SQLite migrations outside a transaction; this one is all or nothing anyway.
  up: (db) => (db.isTransaction ? up(db) : db.transaction().execute((tx) => up(tx))),
};
