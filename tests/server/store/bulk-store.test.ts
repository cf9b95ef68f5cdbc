// A store opened for bulk work (registry:import, registry:reconcile) commits without waiting for
// the disk; every other store waits, on both databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../sync-server/src/admin/commands';
import { openStore, type Store } from '../../../sync-server/src/store/store';
import { isPostgres } from '../../../sync-server/src/store/open-postgres';
import { onPostgres } from '../helpers/test-database';

const dir = mkdtempSync(path.join(tmpdir(), 'vax-bulk-'));
const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function open(bulk: boolean): Store {
  const store = onPostgres
    ? openStore({ kind: 'postgres', url: process.env.TEST_DATABASE_URL! }, { bulk })
    : openStore({ kind: 'sqlite', dataDir: dir }, { bulk });
  opened.push(store);
  return store;
}

/** How the store's connection commits: `full`/`on` waits for the disk, `normal`/`off` does not. */
async function durability(store: Store): Promise<string> {
  if (isPostgres(store.db)) {
    // Inside a transaction, on the same pooled connection as every other statement of it.
    return store.transaction(async ({ db }) => {
      const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(
        db,
      );
      return rows[0]!.synchronous_commit;
    });
  }
  const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
  return ['off', 'normal', 'full', 'extra'][rows[0]!.synchronous]!;
}

describe('the store for bulk work', () => {
  it('commits without waiting for the disk only when opened for bulk work', async () => {
    expect(await durability(open(false))).toBe(onPostgres ? 'on' : 'full');
    expect(await durability(open(true))).toBe(onPostgres ? 'off' : 'normal');
  });

  it('is what the registry import and reconcile run on, and no other command', () => {
    const bulk = Object.entries(COMMANDS)
      .filter(([, c]) => c.bulk)
      .map(([name]) => name)
      .sort();
    expect(bulk).toEqual(['registry:import', 'registry:reconcile']);
  });
});
