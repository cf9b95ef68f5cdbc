// /healthz proves the database can write by updating this one row, through the same
// connection (SQLite: the writer thread's) that stores pushes. Portable SQL only.
import { sql, type Kysely, type Migration } from 'kysely';

export const healthProbe: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('health_probe')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .execute();
    await sql`insert into health_probe (id, checked_at) values (1, '')`.execute(db);
  },
};
