// The extract import files blocking keys in key order (docs/registry.md): each batch appends the
// keys it adds to registry_import_blocks, a heap with no index, and the import's end moves them
// into registry_blocks sorted, so the B-tree is written page after page instead of at random
// places for every row (the 1 M-person import spent most of its time there). Stale keys are found
// from the stored row (registryBlockKeys), so the index by ID number, which every insert also had
// to update, goes. The same migration runs on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const registryStagedBlocks: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('registry_blocks_id_number').execute();
    await db.schema
      .createTable('registry_import_blocks')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('id_number', 'text', (c) => c.notNull())
      .execute();
  },
};
