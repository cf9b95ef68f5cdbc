// What the certificate issuer keeps (docs/certificates.md): the citizens whose dose history
// changed and wait to be looked at again (written by ingest, in the batch's transaction), each
// certified person's current facts and certificate or the reason there is none, and how far the
// issuer has read the registry's matches. Every citizen with a dose is queued once here, so the
// first run looks at everyone. The same migration runs on PostgreSQL.
import { sql, type Kysely, type Migration } from 'kysely';

export const certificateState: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('dose_history_changes')
      .addColumn('citizen_id', 'text', (c) => c.primaryKey())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      // Bumped by every new change, so the issuer clears only the change it looked at.
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await sql`insert into dose_history_changes (citizen_id, changed_at, version)
      select distinct citizen_id, ${new Date().toISOString()}, 1 from citizen_doses`.execute(db);
    await db.schema
      .createTable('dcc_subjects')
      .addColumn('id_number', 'text', (c) => c.primaryKey())
      // The facts the current certificate (or refusal) was made from, as canonical JSON.
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('uvci', 'text')
      // Why there is no certificate (a NotSignableReason), when uvci is null.
      .addColumn('not_signable', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The persons waiting for issuer keys are found again once keys exist.
    await db.schema
      .createIndex('dcc_subjects_not_signable')
      .on('dcc_subjects')
      .column('not_signable')
      .execute();
    await db.schema
      .createTable('dcc_watermark')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('matched_at', 'text', (c) => c.notNull())
      .addColumn('person_key', 'text', (c) => c.notNull())
      .execute();
    // The issuer reads matches by the recorded ID number, and those changed since it last looked.
    await db.schema
      .createIndex('registry_matches_id_number')
      .on('registry_matches')
      .column('id_number')
      .execute();
    await db.schema
      .createIndex('registry_matches_matched_at')
      .on('registry_matches')
      .columns(['matched_at', 'person_key'])
      .execute();
  },
};
