// What matching against the population registry found (docs/registry.md): one row per platform
// person (the check-ins that claim one identity), the check-ins each is made of, and where the
// background matcher has read the change feed up to. The same migration runs on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const registryMatches: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('registry_matches')
      .addColumn('person_key', 'text', (c) => c.primaryKey())
      // As recorded at the site (the latest check-in's spelling).
      .addColumn('id_number', 'text')
      .addColumn('full_name', 'text', (c) => c.notNull())
      .addColumn('dob', 'text', (c) => c.notNull())
      .addColumn('sex', 'text')
      .addColumn('province_code', 'text')
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('registry_id', 'text')
      // `;`-separated MatchFields; kinds, explanation and candidates are JSON.
      .addColumn('differences', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('matched_at', 'text', (c) => c.notNull())
      .execute();
    for (const [name, columns] of [
      ['registry_matches_site', ['site_id', 'status']],
      ['registry_matches_province', ['province_code', 'status']],
      ['registry_matches_registry_id', ['registry_id']],
    ] as const) {
      await db.schema
        .createIndex(name)
        .on('registry_matches')
        .columns([...columns])
        .execute();
    }
    await db.schema
      .createTable('registry_person_records')
      .addColumn('record_id', 'text', (c) => c.primaryKey())
      .addColumn('person_key', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('registry_person_records_person')
      .on('registry_person_records')
      .column('person_key')
      .execute();
    await db.schema
      .createTable('registry_cursor')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('change_seq', 'integer', (c) => c.notNull())
      .execute();
  },
};
