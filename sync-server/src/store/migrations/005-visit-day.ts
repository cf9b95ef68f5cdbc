// Ingest speed (bench:load): the index on (site_id, visit_key) put every record in a random place,
// since visit keys end in the citizen's ID number. Each 500-record batch rewrote some 500 of its
// pages, three quarters of all a commit wrote, and ingest slowed as the index grew. Its two uses
// get narrower indexes: the day report reads a site's visits of one date through (site_id,
// visit_date), where a day's new rows land together at the end; finding a visit's check-ins
// (injections of provisional visits, FHIR demographics) uses an index of check-ins only.
// Portable SQL only: the same migration runs on PostgreSQL.
import { sql, type Kysely, type Migration } from 'kysely';

async function up<DB>(db: Kysely<DB>): Promise<void> {
  await db.schema.alterTable('records').addColumn('visit_date', 'text').execute();
  // A visit key is `siteId:YYYY-MM-DD:citizenKey`, and its site is the record's (checked at push).
  await sql`update records set visit_date = substr(visit_key, length(site_id) + 2, 10)`.execute(db);
  await db.schema.dropIndex('records_site_visit').execute();
  await db.schema
    .createIndex('records_site_day')
    .on('records')
    .columns(['site_id', 'visit_date'])
    .execute();
  await db.schema
    .createIndex('records_checkin_visit')
    .on('records')
    .column('visit_key')
    .where(sql.ref('type'), '=', 'checkin')
    .execute();
}

export const visitDay: Migration = {
  // Kysely runs SQLite migrations outside a transaction; this one is all or nothing anyway.
  up: (db) => (db.isTransaction ? up(db) : db.transaction().execute((tx) => up(tx))),
};
