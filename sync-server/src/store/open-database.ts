// Opens the SQLite file behind Kysely with the pragmas durability depends on: WAL so readers never
// block the writer, synchronous=FULL so a committed batch survives power loss and kill -9.
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDialectConfig,
} from 'kysely';
import type { Database } from './schema';
import { cachingStatements } from './statement-cache';

const BUSY_TIMEOUT_MS = 5000;

/**
 * Transactions take the write lock when they begin. Several connections write to the file (the
 * batch writer thread, the main thread, the admin command); a deferred transaction that read
 * first would fail at its first write if another connection had committed in between, where this
 * one waits its turn (busy_timeout) instead.
 */
class ImmediateTransactions extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class SqliteImmediateDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateTransactions(this.#config);
  }
}

/**
 * `bulk`: for work that running again redoes (the registry's import and reconcile, in a process of
 * their own). A commit does not wait for the disk (in WAL mode a crash still leaves the file whole;
 * only the last commits may be lost), and 256 MB of pages are cached instead of 64: at 1 M registry
 * persons this took the import and reconcile from 265 to 199 s (docs/registry.md).
 */
export function openSqlite(file: string, { bulk = false } = {}): Kysely<Database> {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(bulk ? 'synchronous = NORMAL' : 'synchronous = FULL');
  // Checkpoint every ~160 MB of WAL rather than every 4 MB, and keep 64 MB of pages cached: a
  // batch's inserts land on random pages of several indexes, and a checkpoint writes each page
  // into the file and syncs it once however often the WAL holds it. Checkpoints every 4 MB took a
  // third of ingest time; every 40 MB, with group commit, still ~10% of bench:load's throughput
  // (20,018–22,138 records/s over seven runs, against 22,573–23,282 at 160 MB). The WAL file
  // keeps that size on disk, and a restart after a crash reads it back (~0.1 s more).
  sqlite.pragma('wal_autocheckpoint = 40000');
  sqlite.pragma(bulk ? 'cache_size = -262144' : 'cache_size = -65536');
  sqlite.pragma('foreign_keys = ON');
  // The admin command writes to the same file while the server runs.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return new Kysely<Database>({
    dialect: new SqliteImmediateDialect({ database: cachingStatements(sqlite) }),
  });
}
