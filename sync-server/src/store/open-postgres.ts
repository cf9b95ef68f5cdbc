// Opens a PostgreSQL pool behind Kysely. int8 (bigint: `changes.seq`, count(*)) is parsed as a
// JavaScript number: exact up to 2^53, which no sequence here will reach.
import { Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

const INT8_OID = 20;
/** Per process: several stateless servers share one database, each with its own pool. */
const POOL_SIZE = 10;

export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Whether `db` talks to PostgreSQL: the few places where the two databases differ ask this. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
