// Opens a PostgreSQL pool behind Kysely. int8 (bigint: `changes.seq`, count(*)) is parsed as a
// JavaScript number: exact up to 2^53, which no sequence here will reach.
import { Kysely, PostgresAdapter, PostgresDialect } from 'kysely';
import pg from 'pg';
import { outagePool } from './pg-outage';
import type { Database } from './schema';

const INT8_OID = 20;
/** Per process: several stateless servers share one database, each with its own pool. */
const POOL_SIZE = 10;
/**
 * How much longer than `statement_timeout` we wait for an answer before giving the connection up:
 * PostgreSQL cancels a slow statement itself and says so, a hung one never answers.
 */
const ANSWER_GRACE_MS = 1000;

/** Our own budgets, so that a database that is away or hung never holds a request for long. */
export interface PostgresTimeouts {
  /** Opening a connection (TCP, TLS, authentication). */
  connectMs: number;
  /** One statement; 0 for none (migrations). */
  statementMs: number;
}

export const DEFAULT_PG_TIMEOUTS: PostgresTimeouts = { connectMs: 2000, statementMs: 30_000 };

/**
 * pg-pool's own connect timeout would also bound the wait for a free connection, which under a
 * full admission queue on a busy day is many seconds and no sign of an outage; so each new
 * connection gives up after `connectMs` on its own, and waiting for a free one ends only when
 * an outage is known (see pg-outage.ts).
 */
function clientWithConnectTimeout(connectMs: number): typeof pg.Client {
  return class extends pg.Client {
    constructor(config: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectMs });
    }
  };
}

/** `bulk`: commits do not wait for the WAL to reach the disk (see openSqlite's `bulk`). */
export function openPostgres(
  url: string,
  timeouts: PostgresTimeouts = DEFAULT_PG_TIMEOUTS,
  poolSize = POOL_SIZE,
  { bulk = false } = {},
): Kysely<Database> {
  const { connectMs, statementMs } = timeouts;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    Client: clientWithConnectTimeout(connectMs),
    ...(statementMs > 0 && {
      statement_timeout: statementMs,
      query_timeout: statementMs + ANSWER_GRACE_MS,
    }),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // Per connection, as it opens: the URL's own `options` (a search_path) stay as they are.
  if (bulk) pool.on('connect', (client) => void client.query('set synchronous_commit = off'));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: outagePool(pool) }) });
}

/** Whether `db` talks to PostgreSQL: the few places where the two databases differ ask this. */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
