// Group commit on SQLite (the writer thread's `transactionEach`): units in savepoints of one
// transaction, each all or nothing, committed together; and nothing committed at all when the
// transaction itself is lost.
import SqliteDatabase from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../sync-server/src/store/db-handle';
import {
  openSqliteStore,
  SQLITE_FILE,
  type SqliteStore,
} from '../../../sync-server/src/store/store';
import { onPostgres } from '../helpers/test-database';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';

const NOW = new Date('2026-12-03T03:00:00.000Z');
const site = (id: string) => ({ id, name: `Trạm ${id}`, province: '79' });
const create = (id: string) => async (tx: DbHandle) => {
  await sitesRepo(tx).create(site(id), NOW);
  return id;
};

describe.skipIf(onPostgres)('group commit (SQLite)', () => {
  let dataDir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'vax-group-'));
    store = openSqliteStore(dataDir);
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const stored = async () => {
    const ids: string[] = [];
    for (const id of ['A', 'B', 'C', 'D']) if (await sitesRepo(store).get(id)) ids.push(id);
    return ids;
  };

  it('commits every unit, each seeing what the units before it wrote', async () => {
    const seen: number[] = [];
    const settled = await store.transactionEach([
      create('A'),
      async (tx) => {
        seen.push(await sitesRepo(tx).count());
        return 'read';
      },
      create('B'),
    ]);
    expect(settled).toEqual([
      { status: 'fulfilled', value: 'A' },
      { status: 'fulfilled', value: 'read' },
      { status: 'fulfilled', value: 'B' },
    ]);
    expect(seen).toEqual([1]);
    expect(await stored()).toEqual(['A', 'B']);
  });

  it('rolls back only the unit that fails; the others commit', async () => {
    installTrigger(dataDir, 'BAD', 'abort');
    const settled = await store.transactionEach([
      create('A'),
      async (tx) => {
        await sitesRepo(tx).create(site('C'), NOW);
        await sitesRepo(tx).create(site('BAD'), NOW);
        return 'never';
      },
      create('B'),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((settled[1] as PromiseRejectedResult).reason)).toContain('refused');
    // C was written by the failing unit before its failure: rolled back with it.
    expect(await stored()).toEqual(['A', 'B']);
  });

  it('commits nothing when a failure ends the whole transaction', async () => {
    installTrigger(dataDir, 'BAD', 'rollback');
    await expect(
      store.transactionEach([create('A'), create('BAD'), create('B')]),
    ).rejects.toThrow();
    expect(await stored()).toEqual([]);
    // The connection is usable again afterwards.
    await store.transactionEach([create('D')]);
    expect(await stored()).toEqual(['D']);
  });
});

/** Makes inserting site `id` fail: the statement only (abort) or the whole transaction. */
function installTrigger(dataDir: string, id: string, how: 'abort' | 'rollback') {
  const db = new SqliteDatabase(path.join(dataDir, SQLITE_FILE));
  db.exec(
    `create trigger refuse before insert on sites when new.id = '${id}' ` +
      `begin select raise(${how}, 'refused'); end`,
  );
  db.close();
}
