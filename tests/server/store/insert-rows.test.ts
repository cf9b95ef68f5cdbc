// Multi-row inserts compiled once per shape: every row lands with its own values, on SQLite and
// PostgreSQL, across statement chunks, and conflicts are skipped only when asked to.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertRows } from '../../../sync-server/src/store/insert-rows';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

// Sites: a table with a primary key and no foreign keys (the test app already holds two).
const COLUMNS = ['id', 'name', 'province', 'created_at'] as const;
const key = (i: number, name = `v${i}`) => ({
  id: `K${i}`,
  name,
  province: '79',
  created_at: `t${i % 7}`,
});

it('stores each row with its own values, whatever the row count and chunking', async () => {
  const db = t.db.kysely();
  try {
    // 10,100 rows of 4 columns: two statements (the limit is 30,000 parameters), then the same
    // shapes again with other values, then a single row.
    await insertRows(
      db,
      'sites',
      Array.from({ length: 10_100 }, (_, i) => key(i)),
    );
    await insertRows(
      db,
      'sites',
      Array.from({ length: 10_100 }, (_, i) => key(i + 20_000)),
    );
    await insertRows(db, 'sites', [key(50_000, 'last')]);
    await insertRows(db, 'sites', []);
    const stored = await db.selectFrom('sites').select(COLUMNS).execute();
    expect(stored).toHaveLength(20_203);
    expect(stored).toContainEqual({
      id: 'K10099',
      name: 'v10099',
      province: '79',
      created_at: 't5',
    });
    expect(stored).toContainEqual({
      id: 'K30099',
      name: 'v30099',
      province: '79',
      created_at: 't6',
    });
    expect(stored).toContainEqual({ id: 'K50000', name: 'last', province: '79', created_at: 't6' });

    await expect(insertRows(db, 'sites', [key(3, 'again')])).rejects.toThrow();
    await insertRows(db, 'sites', [key(3, 'again'), key(60_000)], true);
    const after = await db.selectFrom('sites').select(COLUMNS).execute();
    expect(after).toHaveLength(20_204);
    expect(after).toContainEqual({ id: 'K3', name: 'v3', province: '79', created_at: 't3' });
  } finally {
    await db.destroy();
  }
});
