// A real app over a real database (SQLite in a temp folder, or a PostgreSQL schema: see
// test-database.ts), with two sites (S1, S2) and their staff.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../sync-server/src/app';
import { issuerSettings } from './dcc-issuer';
import type { Config } from '../../../sync-server/src/config';
import { sqliteWriterThread } from '../../../sync-server/src/sync/batch-writer/writer-thread';
import type { Store } from '../../../sync-server/src/store/store';
import type { EnrollResponse } from '../../../src/domain/protocol';
import { createTestDatabase, type TestDatabase } from './test-database';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';
import { enrollmentRepo } from '../../../sync-server/src/devices/enrollment-repo';

export const SITE = { id: 'S1', name: 'Trạm Y tế Phường 1', province: '79' };
export const OTHER_SITE = { id: 'S2', name: 'Trạm Y tế Phường 2', province: '79' };
export const NURSE = { id: 'N1', name: 'Y tá Lan', role: 'nurse' as const };
export const OTHER_NURSE = { id: 'N2', name: 'Y tá Mai', role: 'nurse' as const };

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** A temp folder for the test's files (and the SQLite file). */
  dataDir: string;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * `withStatic` writes a tiny PWA build (index.html, sw.js, one hashed asset) to serve;
 * `writerThread` has pushes written by the SQLite writer thread, as the server does on SQLite;
 * `reportMaxRecords` lowers the progress report's limit (REPORT_MAX_RECORDS); `admission` lowers
 * the push places, the held pulls and the request timeout, for tests that cannot wait a minute.
 */
export async function createTestApp(
  options: {
    withStatic?: boolean;
    writerThread?: boolean;
    logStream?: { write(line: string): void };
    reportMaxRecords?: number;
    trustProxy?: boolean | string;
    /** Give the app an issuer folder (issuer:init is the test's to run). */
    issuer?: boolean;
    admission?: Partial<
      Pick<Config, 'pushesInHand' | 'pushesPerDevice' | 'requestTimeoutMs' | 'heldPullsMax'>
    >;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vax-server-'));
  const staticDir = path.join(dataDir, 'dist');
  if (options.withStatic) {
    mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Vax</title>');
    writeFileSync(path.join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(path.join(staticDir, 'assets', 'index-abc123.js'), 'console.log(1);');
  }
  const db = await createTestDatabase(dataDir);
  const store = await db.open();
  const now = new Date();
  await sitesRepo(store).create(SITE, now);
  await sitesRepo(store).create(OTHER_SITE, now);
  await staffRepo(store).put(SITE.id, [NURSE]);
  await staffRepo(store).put(OTHER_SITE.id, [OTHER_NURSE]);
  const app = await buildApp({
    store,
    ...(options.writerThread ? { writer: sqliteWriterThread(dataDir, store.feed.announce) } : {}),
    config: {
      staticDir,
      reportMaxRecords: options.reportMaxRecords,
      trustProxy: options.trustProxy,
      ...(options.issuer && { issuer: { ...issuerSettings(dataDir), certificateDays: 365 } }),
      ...options.admission,
    },
    // With a stream the test reads everything the server logs, down to debug.
    ...(options.logStream
      ? { logLevel: 'debug' as const, logStream: options.logStream }
      : { logLevel: 'silent' as const }),
  });
  return {
    app,
    store,
    dataDir,
    db,
    async close() {
      await app.close();
      await store.close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Device extends EnrollResponse {
  headers: { authorization: string };
}

/** Enrolls a device through the API with a fresh code for `siteId` (and its public key, if any). */
export async function enrollDevice(
  t: TestApp,
  siteId = SITE.id,
  name = 'tablet',
  publicKey?: JsonWebKey,
): Promise<Device> {
  const { code } = await enrollmentRepo(t.store).create(siteId, {
    validHours: 1,
    maxUses: 1,
    now: new Date(),
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/enroll',
    payload: { code, deviceName: name, ...(publicKey && { publicKey }) },
  });
  if (res.statusCode !== 200) throw new Error(`enroll failed: ${res.statusCode} ${res.body}`);
  const body = res.json<EnrollResponse>();
  return { ...body, headers: { authorization: `Bearer ${body.token}` } };
}
