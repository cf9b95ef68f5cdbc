// EU Digital COVID Certificates (issue 20): the document signers a certificate may be signed by
// (ours and other countries' imported ones, public certificates only: private keys never enter the
// database) and the history of every certificate issued, so an operator sees which UVCI, when, why,
// and superseded by which. The same migration runs on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const dcc: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('dcc_signers')
      // First 8 bytes of SHA-256 over the DER, base64 (the EU rule).
      .addColumn('kid', 'text', (c) => c.primaryKey())
      .addColumn('country', 'text', (c) => c.notNull())
      // The DSC's DER, base64: text keeps one column type on SQLite and PostgreSQL.
      .addColumn('der', 'text', (c) => c.notNull())
      .addColumn('not_before', 'text', (c) => c.notNull())
      .addColumn('not_after', 'text', (c) => c.notNull())
      // 'own' (made by issuer:init / issuer:rotate) or 'imported' (trust-list:import).
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('revoke_reason', 'text')
      .execute();
    await db.schema
      .createTable('dcc_certificates')
      .addColumn('uvci', 'text', (c) => c.primaryKey())
      // The EU "UCI" revocation hash of the UVCI, kept so the revocation list is one read.
      .addColumn('uci_hash', 'text', (c) => c.notNull())
      .addColumn('id_number', 'text', (c) => c.notNull())
      .addColumn('kid', 'text', (c) => c.notNull())
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      // Why it was issued: 'first', 'new-dose', 'dose-corrected', 'identity-corrected', 'key-revoked'.
      .addColumn('reason', 'text', (c) => c.notNull())
      // The HC1 string itself, to show and print the certificate again without signing it anew.
      .addColumn('hc1', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('revoke_reason', 'text')
      .addColumn('superseded_by', 'text')
      .execute();
    await db.schema
      .createIndex('dcc_certificates_id_number')
      .on('dcc_certificates')
      .column('id_number')
      .execute();
    await db.schema
      .createIndex('dcc_certificates_kid')
      .on('dcc_certificates')
      .column('kid')
      .execute();
    await db.schema
      .createIndex('dcc_certificates_revoked_at')
      .on('dcc_certificates')
      .column('revoked_at')
      .execute();
  },
};
