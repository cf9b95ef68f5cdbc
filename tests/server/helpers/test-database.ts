// The database a server test runs on: a SQLite file in the test's folder, or, in the `server-pg`
// project (TEST_DATABASE_URL set), a fresh PostgreSQL schema of its own, dropped afterwards.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openSqlite } from '../../../sync-server/src/store/open-database';
import { openPostgres } from '../../../sync-server/src/store/open-postgres';
import type { Database } from '../../../sync-server/src/store/schema';
import { openStore, SQLITE_FILE, type Store } from '../../../sync-server/src/store/store';

export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  /** What a child process (admin command, server) needs in its environment to open it. */
  env: Record<string, string>;
  /** A migrated store over it. */
  open(): Promise<Store>;
  /** Kysely straight on it, unmigrated: for tests of the migrations themselves. */
  kysely(): Kysely<Database>;
  drop(): Promise<void>;
}

const PG_URL = process.env.TEST_DATABASE_URL;
/** True in the `server-pg` project; the `server` project sets TEST_DATABASE_URL to ''. */
export const onPostgres = Boolean(PG_URL);

async function onAdmin(sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

async function postgresSchema(): Promise<TestDatabase> {
  const schema = `t_${randomBytes(8).toString('hex')}`;
  await onAdmin(`create schema ${schema}`);
  const url = new URL(PG_URL!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const target = { kind: 'postgres' as const, url: url.toString() };
  return {
    kind: 'postgres',
    env: { DATABASE_URL: target.url },
    open: async () => {
      const store = openStore(target);
      await store.migrate();
      return store;
    },
    kysely: () => openPostgres(target.url),
    drop: () => onAdmin(`drop schema ${schema} cascade`),
  };
}

function sqliteFile(dataDir: string): TestDatabase {
  const target = { kind: 'sqlite' as const, dataDir };
  return {
    kind: 'sqlite',
    env: { DATA_DIR: dataDir },
    open: async () => {
      const store = openStore(target);
      await store.migrate();
      return store;
    },
    kysely: () => openSqlite(path.join(dataDir, SQLITE_FILE)),
    // The caller removes the folder.
    drop: async () => undefined,
  };
}

/** `dataDir` holds the SQLite file (and whatever else the test writes). */
export async function createTestDatabase(dataDir: string): Promise<TestDatabase> {
  return onPostgres ? postgresSchema() : sqliteFile(dataDir);
}
