import { Migrator, sql, type Kysely } from 'kysely';
import { migrationProvider } from './migrations';
import { isPostgres } from './open-postgres';
import type { Database } from './schema';

/**
 * On PostgreSQL, Kysely looks for its bookkeeping tables in any schema unless told which one;
 * it must be the schema the tables are created in (the first of `search_path`).
 */
async function bookkeepingSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (!isPostgres(db)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

export async function createMigrator(db: Kysely<Database>): Promise<Migrator> {
  return new Migrator({
    db,
    provider: migrationProvider,
    migrationTableSchema: await bookkeepingSchema(db),
  });
}

/** Brings the schema up to date; throws (and changes nothing further) if a migration fails. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = await createMigrator(db);
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`database migration failed${name}`, { cause: error });
  }
}
