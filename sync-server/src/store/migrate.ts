import { Migrator, sql, type DatabaseIntrospector, type Kysely, type TableMetadata } from 'kysely';
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

/**
 * Kysely asks whether its bookkeeping tables exist by listing the tables of EVERY schema of the
 * database, which fails (3F000, 42P01) when another schema is dropped meanwhile: as the server
 * tests do, each in a schema of its own. Only the tables of `schema` are ever the answer.
 */
function scopedTo(db: Kysely<Database>, schema: string): Kysely<Database> {
  const introspection: DatabaseIntrospector = {
    getSchemas: async () => [{ name: schema }],
    getTables: async () => {
      const { rows } = await sql<{ name: string; type: string }>`
        select table_name as name, table_type as type from information_schema.tables
        where table_schema = ${schema}`.execute(db);
      return rows.map((r): TableMetadata => ({
        name: r.name,
        schema,
        isView: r.type === 'VIEW',
        columns: [],
      }));
    },
    getMetadata: async () => ({ tables: await introspection.getTables() }),
  };
  return new Proxy(db, {
    get(target, key) {
      if (key === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export async function createMigrator(db: Kysely<Database>): Promise<Migrator> {
  const schema = await bookkeepingSchema(db);
  return new Migrator({
    db: schema === undefined ? db : scopedTo(db, schema),
    provider: migrationProvider,
    migrationTableSchema: schema,
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
