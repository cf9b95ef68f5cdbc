// Databases left at an earlier migration, to test what a later one does with the data it finds.
// `oldDatabases()` registers the cleanup (each test's database dropped, its folder removed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, expect } from 'vitest';
import type { VaxRecord } from '../../../src/domain/records';
import { createMigrator } from '../../../sync-server/src/store/migrate';
import type { Database } from '../../../sync-server/src/store/schema';
import { createTestDatabase, type TestDatabase } from './test-database';

/** A function that opens a fresh database migrated up to `version` (inclusive). */
export function oldDatabases(): (version: string) => Promise<Kysely<Database>> {
  let dataDir: string | undefined;
  let testDb: TestDatabase | undefined;
  afterEach(async () => {
    await testDb?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return async (version) => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'vax-migrate-'));
    testDb = await createTestDatabase(dataDir);
    const db = testDb.kysely();
    expect((await (await createMigrator(db)).migrateTo(version)).error).toBeUndefined();
    return db;
  };
}

/** Sites (province 79) with one device each, `D-<site>`, as any migration since 001 has them. */
export async function addSitesWithDevices(
  db: Kysely<Database>,
  ids: readonly string[],
  now: string,
): Promise<void> {
  for (const id of ids) {
    await db
      .insertInto('sites')
      .values({ id, name: id, province: '79', created_at: now })
      .execute();
    await db
      .insertInto('devices')
      .values({ id: `D-${id}`, site_id: id, name: 't', token_hash: id, created_at: now } as never)
      .execute();
  }
}

/** Records as ingest stored them, with `visit_date` only from migration 005 on. */
export async function insertStoredRecords(
  db: Kysely<Database>,
  records: readonly VaxRecord[],
  receivedAt: string,
  { visitDate }: { visitDate: boolean },
): Promise<void> {
  for (const r of records) {
    await db
      .insertInto('records')
      .values({
        id: r.id,
        site_id: r.siteId,
        device_id: `D-${r.siteId}`,
        type: r.type,
        visit_key: r.visitKey,
        ...(visitDate ? { visit_date: r.visitKey.split(':')[1] } : {}),
        occurred_at: r.occurredAt,
        received_at: receivedAt,
        body: JSON.stringify(r),
        target_id: r.type === 'correction' ? r.data.targetId : null,
      } as never)
      .execute();
  }
}
