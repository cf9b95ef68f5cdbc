// A fresh database for one bench run in a process of its own: a SQLite folder, or a schema of a
// PostgreSQL database (dropped after); the environment hands it to the child as the server reads it.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';

export interface BenchDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function onPostgres(url: string, sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sqlText).finally(() => client.end());
}

/** SQLite under `dir` when `pgUrl` is undefined, else a new schema of that database. */
export async function benchDatabase(
  dir: string,
  pgUrl: string | undefined,
): Promise<BenchDatabase> {
  if (pgUrl === undefined) {
    return {
      env: { DATA_DIR: path.join(dir, `db-${randomBytes(4).toString('hex')}`) },
      drop: async () => undefined,
    };
  }
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  await onPostgres(pgUrl, `create schema ${schema}`);
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => onPostgres(pgUrl, `drop schema ${schema} cascade`),
  };
}
