// `voided_doses`, the injections voided by a correction, with the citizen they
// were recorded for. They left `citizen_doses` (so no count, coverage or history sees them) but
// the FHIR API still shows them, as entered-in-error. Nothing to backfill: voids are new.
import type { Kysely, Migration } from 'kysely';

export const voidedDoses: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('voided_doses')
      .addColumn('record_id', 'text', (c) => c.primaryKey())
      .addColumn('citizen_id', 'text', (c) => c.notNull())
      .addColumn('site_id', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('voided_doses_citizen')
      .on('voided_doses')
      .column('citizen_id')
      .execute();
  },
};
