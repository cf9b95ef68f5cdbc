import { afterEach, describe, expect, it } from 'vitest';
import { AttentionRepository } from '../../../src/data/attention-repo';
import type { VaxDb } from '../../../src/data/db';
import { MetaRepository } from '../../../src/data/meta-repo';
import { OutboxRepository } from '../../../src/data/outbox-repo';
import { RecordRepository } from '../../../src/data/record-repo';
import { ReferenceRepository } from '../../../src/data/reference-repo';
import type { SyncStatus } from '../../../src/sync/sync-status';
import { createApiClient } from '../../../src/sync/api-client';
import { createExclusive } from '../../../src/sync/exclusive';
import { SyncEngine, type SyncEngineDeps } from '../../../src/sync/sync-engine';
import { freshDb } from '../data/fixtures';
import { numberedCheckin, registration } from '../../support/records';
import { FakeServer } from './fake-server';

let db: VaxDb;
afterEach(() => db.delete());

async function setup(n: number, extra: Partial<SyncEngineDeps> = {}) {
  db = freshDb();
  const records = new RecordRepository(db);
  for (let i = 0; i < n; i++) await records.add(numberedCheckin(i));
  const server = new FakeServer();
  const api = createApiClient({ baseUrl: 'http://server', token: 'token-1', fetch: server.fetch });
  const engine = new SyncEngine({
    api: () => api,
    outbox: new OutboxRepository(db),
    attention: new AttentionRepository(db),
    reference: new ReferenceRepository(db),
    meta: new MetaRepository(db),
    isOnline: () => true,
    now: () => new Date('2026-11-23T03:00:00Z'),
    exclusive: createExclusive(undefined),
    ...extra,
  });
  const seen: SyncStatus[] = [];
  engine.subscribe((s) => seen.push(s));
  await engine.refresh();
  return { server, engine, seen };
}

describe('SyncEngine', () => {
  it('shows no download while the server holds a pull, and a pull asked for now interrupts it', async () => {
    const urls: string[] = [];
    const page = { changes: [], cursor: 'c1', more: false, remaining: 0 };
    // The server holds every pull with `wait` until the client gives it up.
    const fetch = (url: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(url));
      if (!String(url).includes('wait='))
        return Promise.resolve(new Response(JSON.stringify(page)));
      return new Promise<Response>((_, reject) =>
        init!.signal!.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    };
    const api = createApiClient({ baseUrl: 'http://server', token: 'token-1', fetch });
    const { engine } = await setup(0, { api: () => api });
    const waiting = engine.pullWaiting(25);
    await new Promise((r) => setTimeout(r, 50));
    expect(urls).toHaveLength(1);
    expect(urls[0]).toContain('wait=25');
    expect(engine.status().pull).toBeNull();
    await engine.pull();
    expect(await waiting).toBe('aborted');
    expect(urls).toHaveLength(2);
    expect(urls[1]).not.toContain('wait=');
    expect(engine.status()).toMatchObject({ lastError: null, online: true, pull: null });
  });

  it('runs afterPull (the certificate lists) after an answered pull, and its failure is no pull failure', async () => {
    let calls = 0;
    const afterPull = () => {
      calls++;
      return Promise.reject(new Error('lists unreachable'));
    };
    const { engine } = await setup(0, { afterPull });
    await engine.pull();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(1);
    expect(engine.status()).toMatchObject({ lastError: null, pull: null });
  });

  it('runs one flush at a time: concurrent calls do not push the same records twice', async () => {
    const { server, engine } = await setup(3);
    await Promise.all([engine.flush(), engine.flush(), engine.flush()]);
    expect(server.pushes).toHaveLength(1);
    expect(engine.status()).toMatchObject({ queued: 0, pushing: false, lastError: null });
    expect(engine.status().lastSyncAt).toBe('2026-11-23T03:00:00.000Z');
  });

  it('does nothing while another tab holds the lock', async () => {
    const busy = { request: async (_n: string, _o: unknown, cb: (l: null) => unknown) => cb(null) };
    const { server, engine } = await setup(2, {
      exclusive: createExclusive(busy as unknown as LockManager),
    });
    await engine.flush();
    expect(server.pushes).toHaveLength(0);
    expect(engine.status().queued).toBe(2);
  });

  it('reports failures and never sets lastSyncAt without an answer from the server', async () => {
    const { server, engine, seen } = await setup(2, { isOnline: () => false });
    server.script = ['drop-request'];
    await engine.flush();
    expect(engine.status()).toMatchObject({
      online: false,
      queued: 2,
      lastSyncAt: null,
      lastError: { key: 'sync.unreachable' },
    });
    expect(seen.some((s) => s.pushing)).toBe(true);
  });

  it('surfaces a revoked token as sync.unauthorized', async () => {
    const { server, engine } = await setup(1);
    server.script = [{ status: 401 }];
    await engine.flush();
    expect(engine.status()).toMatchObject({ queued: 1, lastError: { key: 'sync.unauthorized' } });
  });

  it('a flush during a retry wait retries at once instead of waiting', async () => {
    const { server, engine } = await setup(1, { backoff: { random: () => 1, baseMs: 60_000 } });
    server.script = [{ status: 503 }];
    const run = engine.flush();
    await new Promise((r) => setTimeout(r, 50));
    expect(engine.status()).toMatchObject({
      pushing: true,
      lastError: { key: 'sync.serverError' },
    });
    await engine.flush();
    await run;
    expect(engine.status()).toMatchObject({ queued: 0, lastError: null });
  });

  it('pulls with progress, then clears it; concurrent pulls share one run', async () => {
    const { server, engine, seen } = await setup(0, { pullPageSize: 10 });
    server.feed = Array.from({ length: 25 }, (_, i) => {
      const data = registration(i);
      return { entity: 'registration' as const, op: 'put' as const, key: data.id, data };
    });
    await Promise.all([engine.pull(), engine.pull()]);
    expect(server.pulls).toEqual([null, '10', '20']);
    expect([...new Set(seen.map((s) => s.pull))].filter(Boolean)).toEqual([
      { done: 0, total: 0 },
      { done: 10, total: 25 },
      { done: 20, total: 25 },
      { done: 25, total: 25 },
    ]);
    expect(engine.status()).toMatchObject({ pull: null, lastSyncAt: '2026-11-23T03:00:00.000Z' });
  });
});
