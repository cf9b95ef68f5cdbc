// At most one live certificate per person (docs/certificates.md, "Issuing"): the issuer and
// `certificate:issue` could each sign the same person at once and leave two. A partial unique index
// makes the database refuse the second; a person who already has several keeps the one the issuer
// names (dcc_subjects), else the newest, and the others are superseded by it, so they reach the
// revocation list. Live certificates by kid are indexed apart: after issuer:revoke-kid the issuer
// looks for those of revoked kids at every run. The same migration runs on PostgreSQL.
import { sql, type Kysely, type Migration } from 'kysely';

async function up<DB>(db: Kysely<DB>): Promise<void> {
  const now = new Date().toISOString();
  // The live one the issuer names wins over the others of its person.
  await sql`update dcc_certificates
    set revoked_at = ${now}, revoke_reason = 'superseded',
      superseded_by = (select s.uvci from dcc_subjects s
        where s.id_number = dcc_certificates.id_number)
    where revoked_at is null and exists (
      select 1 from dcc_subjects s join dcc_certificates named on named.uvci = s.uvci
      where s.id_number = dcc_certificates.id_number and named.revoked_at is null
        and named.id_number = s.id_number and named.uvci <> dcc_certificates.uvci)`.execute(db);
  // Otherwise the newest: it is never revoked here, so the order rows are updated in is moot.
  await sql`update dcc_certificates
    set revoked_at = ${now}, revoke_reason = 'superseded',
      superseded_by = (select n.uvci from dcc_certificates n
        where n.id_number = dcc_certificates.id_number and n.revoked_at is null
        order by n.issued_at desc, n.uvci desc limit 1)
    where revoked_at is null and exists (
      select 1 from dcc_certificates n
      where n.id_number = dcc_certificates.id_number and n.revoked_at is null
        and (n.issued_at > dcc_certificates.issued_at
          or (n.issued_at = dcc_certificates.issued_at and n.uvci > dcc_certificates.uvci)))`.execute(
    db,
  );
  await db.schema
    .createIndex('dcc_certificates_live_person')
    .unique()
    .on('dcc_certificates')
    .column('id_number')
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('dcc_certificates_live_kid')
    .on('dcc_certificates')
    .column('kid')
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}

export const oneLiveCertificate: Migration = {
  // Kysely runs SQLite migrations outside a transaction; this one is all or nothing anyway.
  up: (db) => (db.isTransaction ? up(db) : db.transaction().execute((tx) => up(tx))),
};
