// The server's only way to its database: the Kysely handle, one transaction helper, migrations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { migrateToLatest } from './migrate';
import type { DatabaseTarget } from './database-target';
import { openSqlite } from './open-database';
import { DEFAULT_PG_TIMEOUTS, isPostgres, openPostgres } from './open-postgres';
import { retryConflicts } from './pg-concurrency';
import { pgChangeListener, type ChangeListener } from './pg-change-listener';
import { changeFeed, type ChangeFeed } from './change-feed';
import type { DbHandle } from './db-handle';
import { healthRepo } from './repos/health';
import type { Database } from './schema';

export const SQLITE_FILE = 'vax.sqlite';

export interface Store extends DbHandle {
  /** Announces the sites whose change feed moved, once committed (see change-feed.ts). */
  feed: ChangeFeed;
  /** Runs `fn` in one transaction: everything it writes is committed together or not at all. */
  transaction<T>(fn: (tx: DbHandle) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  /** A real write (the health row), committed; throws when the database cannot write. */
  probeWrite(now: Date): Promise<void>;
  close(): Promise<void>;
}

/** Collects the sites a transaction moved, to announce once it has committed. */
function movedSites(): { add(sites: string[]): void; announceTo(feed: ChangeFeed): void } {
  const moved = new Set<string>();
  return {
    add: (sites) => sites.forEach((s) => moved.add(s)),
    announceTo(feed) {
      if (moved.size > 0) feed.announce([...moved]);
    },
  };
}

/**
 * On SQLite the store announces its own commits to `feed`; on PostgreSQL the feed hears them,
 * every process's alike, through LISTEN (openPostgresStore).
 */
export function createStore(db: Kysely<Database>, feed: ChangeFeed = changeFeed()): Store {
  const postgres = isPostgres(db);
  const run = postgres ? retryConflicts : <T>(attempt: () => Promise<T>) => attempt();
  const announce = postgres ? undefined : (sites: string[]) => feed.announce(sites);
  return {
    db,
    appended: announce,
    feed,
    transaction: (fn) =>
      run(async () => {
        const moved = movedSites();
        const value = await db
          .transaction()
          .execute((tx) => fn({ db: tx, appended: announce && moved.add }));
        moved.announceTo(feed);
        return value;
      }),
    migrate: () => migrateToLatest(db),
    probeWrite: (now) => healthRepo({ db }).touch(now),
    close: () => db.destroy(),
  };
}

/** A SQLite store: its one writer may also commit several units of work together. */
export interface SqliteStore extends Store {
  /**
   * Group commit: runs each unit in a savepoint of ONE transaction, in order, each seeing what
   * the units before it wrote. A unit that throws is rolled back to its savepoint (nothing of it
   * is written) and its error comes back in its place; the others commit together, so the pages
   * they share and the commit's sync are written once for all. Throws, with nothing written,
   * when the transaction itself fails.
   */
  transactionEach<T>(
    units: readonly ((tx: DbHandle) => Promise<T>)[],
  ): Promise<PromiseSettledResult<T>[]>;
}

async function eachInSavepoint<T>(
  db: Kysely<Database>,
  feed: ChangeFeed,
  units: readonly ((tx: DbHandle) => Promise<T>)[],
): Promise<PromiseSettledResult<T>[]> {
  const moved = movedSites();
  const trx = await db.startTransaction().execute();
  try {
    const settled: PromiseSettledResult<T>[] = [];
    for (const unit of units) {
      const unitTx = await trx.savepoint('unit').execute();
      try {
        settled.push({
          status: 'fulfilled',
          value: await unit({ db: unitTx, appended: moved.add }),
        });
      } catch (reason) {
        // Some failures (I/O, a full disk) end the whole transaction, savepoint and all: then the
        // group fails, and the unit's error, not the missing savepoint, says why.
        await unitTx
          .rollbackToSavepoint('unit')
          .execute()
          .catch(() => {
            throw reason;
          });
        settled.push({ status: 'rejected', reason });
      }
      await unitTx.releaseSavepoint('unit').execute();
    }
    await trx.commit().execute();
    // A unit rolled back may be among them: its site's waiters just read once for nothing.
    moved.announceTo(feed);
    return settled;
  } catch (err) {
    // A commit that failed may have ended the transaction already: the first error is the news.
    await trx
      .rollback()
      .execute()
      .catch(() => undefined);
    throw err;
  }
}

/**
 * How the store is used: `serve` (the server, and every command whose writes must survive a power
 * cut once committed) or `bulk` (work that running again redoes: see openSqlite).
 */
export interface StoreOptions {
  bulk?: boolean;
}

/** Opens (creating if needed) `<dataDir>/vax.sqlite`. Call `migrate()` before use. */
export function openSqliteStore(dataDir: string, options: StoreOptions = {}): SqliteStore {
  mkdirSync(dataDir, { recursive: true });
  const db = openSqlite(path.join(dataDir, SQLITE_FILE), options);
  const store = createStore(db);
  return { ...store, transactionEach: (units) => eachInSavepoint(db, store.feed, units) };
}

/**
 * PostgreSQL with our timeouts, except for migrations, which may rewrite big tables for longer
 * than any statement of a request may take. The health probe has a connection of its own: a
 * busy pool makes it wait for nobody.
 */
function openPostgresStore(
  url: string,
  timeouts = DEFAULT_PG_TIMEOUTS,
  options: StoreOptions = {},
): Store {
  const db = openPostgres(url, timeouts, undefined, options);
  let probe: Kysely<Database> | undefined;
  let closed = false;
  const feed = changeFeed();
  // Listening starts with the first held pull: admin commands and migrations never need it.
  let listener: ChangeListener | undefined;
  const listened: ChangeFeed = {
    ...feed,
    next(siteId, signal) {
      if (!closed) listener ??= pgChangeListener(url, timeouts.connectMs, feed.announce);
      return feed.next(siteId, signal);
    },
  };
  return {
    ...createStore(db, listened),
    migrate: async () => {
      const unhurried = openPostgres(url, { ...timeouts, statementMs: 0 }, 1);
      try {
        await migrateToLatest(unhurried);
      } finally {
        await unhurried.destroy();
      }
    },
    probeWrite: async (now) => {
      // Kysely would open a pool again for a query after destroy().
      if (closed) throw new Error('the store is closed');
      probe ??= openPostgres(url, timeouts, 1);
      await healthRepo({ db: probe }).touch(now);
    },
    close: async () => {
      closed = true;
      await Promise.all([db.destroy(), probe?.destroy(), listener?.close()]);
    },
  };
}

/** The configured database: SQLite in a folder, or PostgreSQL. Call `migrate()` before use. */
export function openStore(target: DatabaseTarget, options: StoreOptions = {}): Store {
  return target.kind === 'sqlite'
    ? openSqliteStore(target.dataDir, options)
    : openPostgresStore(target.url, target.timeouts, options);
}
