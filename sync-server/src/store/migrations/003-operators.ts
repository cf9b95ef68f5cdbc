// Operator accounts for the progress and data-quality reports, and their sign-in
// sessions. A session is stored as the SHA-256 of its token only, like device tokens, so a copy of
// the database signs nobody in. Portable SQL only: the same migration runs on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const operators: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('operators')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      // 'national' | 'province' | 'site'; scope_value is the province code or site id ('' when
      // national), kept in two columns so a query can filter by either without parsing.
      .addColumn('scope_kind', 'text', (c) => c.notNull())
      .addColumn('scope_value', 'text', (c) => c.notNull())
      /** The password verifier as JSON (PBKDF2-SHA-256), never the password. */
      .addColumn('password', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'text')
      .execute();

    await db.schema
      .createTable('operator_sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('operator_id', 'text', (c) => c.notNull().references('operators.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('operator_sessions_operator')
      .on('operator_sessions')
      .column('operator_id')
      .execute();
  },
};
