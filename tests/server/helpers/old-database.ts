// Databases left at an earlier migration, to test what a later one does with the data it finds.
// `oldDatabases()` registers the cleanup (each test's database dropped, its folder removed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, expect } from 'vitest';
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
