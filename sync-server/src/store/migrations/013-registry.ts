// The population registry's extract (docs/registry.md): one row per registry person, upserted by
// ID number at each import, and the blocking keys each is filed under (registryBlockKeys), so a
// platform person's candidates are found by key equality instead of a scan. `imported_at` is the
// start of the import that last wrote the row: a re-match selects whom an import touched by it.
// The same migration runs on PostgreSQL.
import { sql, type Kysely, type Migration } from 'kysely';
import { isPostgres } from '../open-postgres';

export const registry: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('registry_persons')
      .addColumn('id_number', 'text', (c) => c.primaryKey())
      .addColumn('full_name', 'text', (c) => c.notNull())
      .addColumn('dob', 'text', (c) => c.notNull())
      .addColumn('sex', 'text')
      .addColumn('province_code', 'text')
      .addColumn('commune_code', 'text')
      .addColumn('phone', 'text')
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('registry_persons_imported_at')
      .on('registry_persons')
      .column('imported_at')
      .execute();
    const blocks = db.schema
      .createTable('registry_blocks')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('id_number', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('registry_blocks_pk', ['key', 'id_number']);
    // On SQLite the rows live in their key's order: an import writes one tree instead of a table
    // and its key's index, and a look-up by key reads the IDs straight from it.
    await (isPostgres(db) ? blocks : blocks.modifyEnd(sql`without rowid`)).execute();
    await db.schema
      .createIndex('registry_blocks_id_number')
      .on('registry_blocks')
      .column('id_number')
      .execute();
  },
};
