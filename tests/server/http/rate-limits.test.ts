// The shared attempt counters: spent rows are deleted as limits are used, so
// the table holds only the keys seen within a window.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { rateLimiter } from '../../../sync-server/src/http/rate-limiter';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

async function keys(): Promise<string[]> {
  const db = t.db.kysely();
  try {
    const rows = await db.selectFrom('rate_limits').select(['kind', 'key']).execute();
    return rows.map((r) => `${r.kind} ${r.key}`).sort();
  } finally {
    await db.destroy();
  }
}

it("deletes a kind's spent rows, and only those, as its limit is used", async () => {
  const rule = { windowMs: 60_000, free: 2, wait: 'window' as const };
  const a = rateLimiter(t.store, 'a', rule);
  const b = rateLimiter(t.store, 'b', rule);
  const t0 = Date.UTC(2026, 11, 7, 8);
  await a.hit('spent', t0);
  await b.hit('other kind', t0);
  await a.hit('held', t0 + 30_000);
  await a.hit('held', t0 + 30_000);
  // A minute on, the next try prunes 'spent' (its window is over); 'held' is still counting.
  expect(await a.hit('new', t0 + 60_000)).toEqual({ ok: true });
  expect(await keys()).toEqual(['a held', 'a new', 'b other kind']);
  expect(await a.hit('held', t0 + 60_000)).toEqual({ ok: false, retryAfterMs: 30_000 });
});
