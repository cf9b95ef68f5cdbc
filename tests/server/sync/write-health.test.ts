// /healthz says whether the database can WRITE, as pushes see it, and a
// database that refuses writes (full, read-only, locked) gets pushes a retryable 503, not a 500.
// SQLite's disk is filled for real by `PRAGMA max_page_count` on the writing connection (every
// write that needs a new page fails with SQLITE_FULL); PostgreSQL refuses writes in read-only
// sessions (as a standby does).
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../sync-server/src/app';
import { openSqlite } from '../../../sync-server/src/store/open-database';
import {
  createStore,
  openStore,
  SQLITE_FILE,
  type Store,
} from '../../../sync-server/src/store/store';
import { checkinBatch } from '../../support/records';
import { onPostgres } from '../helpers/test-database';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

let t: TestApp;
let device: Device;
beforeEach(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
});
afterEach(() => t.close());

/**
 * A store over the test's database that cannot write; `allow()` (SQLite only) gives the disk its
 * room back. Closed by the caller.
 */
async function refusingStore(): Promise<{ store: Store; allow?: () => Promise<void> }> {
  if (onPostgres) {
    const url = new URL(t.db.env.DATABASE_URL!);
    const options = url.searchParams.get('options') ?? '';
    url.searchParams.set('options', `${options} -c default_transaction_read_only=on`);
    return { store: openStore({ kind: 'postgres', url: url.toString() }) };
  }
  const db = openSqlite(path.join(t.dataDir, SQLITE_FILE));
  const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(db);
  await sql.raw(`pragma max_page_count = ${rows[0]!.page_count}`).execute(db);
  return {
    store: createStore(db),
    allow: async () => {
      await sql.raw('pragma max_page_count = 1073741823').execute(db);
    },
  };
}

async function pushTo(app: FastifyInstance, count = 200) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/sync/push',
    headers: device.headers,
    payload: { records: checkinBatch(SITE.id, NURSE.id, count) },
  });
  return { status: res.statusCode, retryAfter: res.headers['retry-after'], body: res.json() };
}

const healthOf = async (app: FastifyInstance) =>
  (await app.inject({ method: 'GET', url: '/healthz' })).statusCode;

describe('a database that cannot write', () => {
  it('answers pushes 503 with Retry-After and /healthz 503, and recovers with its room', async () => {
    const { store, allow } = await refusingStore();
    const app = await buildApp({
      store,
      config: { staticDir: '/nonexistent' },
      logLevel: 'silent',
    });
    try {
      const refused = await pushTo(app);
      expect(refused).toMatchObject({ status: 503, body: { error: 'db-unavailable' } });
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(await healthOf(app)).toBe(503);
      expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(0);
      if (allow) {
        await allow();
        expect((await pushTo(app)).status).toBe(200);
        expect(await healthOf(app)).toBe(200);
      }
    } finally {
      await app.close();
      await store.close();
    }
  });
});

describe.skipIf(onPostgres)('the SQLite writer thread, locked out by another process', () => {
  let threaded: TestApp;
  beforeEach(async () => {
    threaded = await createTestApp({ writerThread: true });
  });
  afterEach(() => threaded.close());

  it('answers 503 (SQLITE_BUSY after its busy timeout), /healthz 503 in time, then recovers', async () => {
    const tablet = await enrollDevice(threaded);
    // Another process (the admin command, say) holds the write lock past the busy timeout.
    const other = new SqliteDatabase(path.join(threaded.dataDir, SQLITE_FILE));
    other.exec('begin immediate');
    try {
      const pushed = threaded.app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: tablet.headers,
        payload: { records: checkinBatch(SITE.id, NURSE.id, 5) },
      });
      const started = performance.now();
      expect(await healthOf(threaded.app)).toBe(503);
      // HEALTH_TIMEOUT_MS (2 s) with slack for a loaded machine.
      expect(performance.now() - started).toBeLessThan(3000);
      const res = await pushed;
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.json()).toMatchObject({ error: 'db-unavailable' });
    } finally {
      other.exec('rollback');
      other.close();
    }
    expect(await healthOf(threaded.app)).toBe(200);
    const res = await threaded.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: tablet.headers,
      payload: { records: checkinBatch(SITE.id, NURSE.id, 5) },
    });
    expect(res.statusCode).toBe(200);
  }, 20_000);
});
