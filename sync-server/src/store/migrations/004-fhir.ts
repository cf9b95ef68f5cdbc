// The FHIR API (interoperability): a table for the server's own keys, one row each. The key that
// makes opaque Patient ids is created on first use, not here, so a migration stays deterministic.
// Portable SQL only: the same migration runs on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const fhir: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('fhir_keys')
      .addColumn('name', 'text', (c) => c.primaryKey())
      /** 32 random bytes, hex. */
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
