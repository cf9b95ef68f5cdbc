// The cleaning campaign's work-queue (docs/registry.md): what operators decided about a match (a
// candidate chosen, a registry person ruled out, a note that the registry is wrong), every view
// and action on registry data (the audit), and the verified share per site and day for the chart.
// The same migration runs on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const registryWork: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('registry_decisions')
      .addColumn('person_key', 'text', (c) => c.notNull())
      .addColumn('registry_id', 'text', (c) => c.notNull())
      // 'chosen' (this is the person) or 'ruled-out' (not this person).
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('operator_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('registry_decisions_pk', ['person_key', 'registry_id'])
      .execute();
    await db.schema
      .createTable('registry_notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_key', 'text', (c) => c.notNull())
      .addColumn('registry_id', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull())
      // `;`-separated fields the operator says the registry has wrong.
      .addColumn('fields', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('operator_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('registry_audit')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('operator_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('person_key', 'text')
      .addColumn('registry_id', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema
      .createIndex('registry_audit_person')
      .on('registry_audit')
      .column('person_key')
      .execute();
    await db.schema
      .createTable('registry_progress_days')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull())
      .addColumn('persons', 'integer', (c) => c.notNull())
      .addColumn('verified', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('registry_progress_days_pk', ['day', 'site_id'])
      .execute();
  },
};
