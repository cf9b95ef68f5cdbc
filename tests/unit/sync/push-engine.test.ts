import { afterEach, describe, expect, it } from 'vitest';
import type { VaxDb } from '../../../src/data/db';
import { OutboxRepository } from '../../../src/data/outbox-repo';
import { RecordRepository } from '../../../src/data/record-repo';
import type { CheckinRecord } from '../../../src/domain/records';
import { createApiClient } from '../../../src/sync/api-client';
import { PushEngine, type PushEngineDeps } from '../../../src/sync/push-engine';
import { freshDb } from '../data/fixtures';
import { numberedCheckin } from '../../support/records';
import { FakeServer } from './fake-server';

let db: VaxDb;
afterEach(() => db.delete());

async function setup(n: number) {
  db = freshDb();
  let t = Date.parse('2026-11-23T02:00:00Z');
  const records = new RecordRepository(db, () => new Date(t++));
  const saved: CheckinRecord[] = [];
  for (let i = 0; i < n; i++) {
    const record = numberedCheckin(i);
    await records.add(record);
    saved.push(record);
  }
  const server = new FakeServer();
  const outbox = new OutboxRepository(db);
  const delays: number[] = [];
  const engine = (extra: Partial<PushEngineDeps> = {}) =>
    new PushEngine({
      outbox,
      api: createApiClient({ baseUrl: 'http://server', token: 'token-1', fetch: server.fetch }),
      sleep: async (ms) => void delays.push(ms),
      ...extra,
    });
  return { saved, server, outbox, delays, engine };
}

const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('PushEngine', () => {
  it('sends the outbox in batches of at most 500 and marks everything synced', async () => {
    const { saved, server, outbox, engine } = await setup(1100);
    const outcome = await engine().run();
    expect(outcome).toEqual({ kind: 'done', synced: 1100, rejected: 0 });
    expect(server.pushes.map((b) => b.length)).toEqual([500, 500, 100]);
    expect(server.pushes.flat().map((r) => r.id)).toEqual(ids(saved));
    expect(await outbox.count()).toBe(0);
    expect(await db.records.count()).toBe(1100);
  });

  it('lost request: nothing is marked, and a later run stores everything once', async () => {
    const { server, outbox, engine } = await setup(3);
    server.script = ['drop-request'];
    const first = await engine({ shouldRetry: () => false }).run();
    expect(first).toMatchObject({ kind: 'failed', failure: { kind: 'retryable' } });
    expect(await outbox.count()).toBe(3);
    expect(server.stored.size).toBe(0);

    expect(await engine().run()).toEqual({ kind: 'done', synced: 3, rejected: 0 });
    expect(server.stored.size).toBe(3);
    expect(await outbox.count()).toBe(0);
  });

  it('lost response after commit: the retry of the same batch is answered duplicate', async () => {
    const { saved, server, outbox, engine, delays } = await setup(4);
    server.script = ['drop-response'];
    expect(await engine().run()).toEqual({ kind: 'done', synced: 4, rejected: 0 });
    expect(server.pushes.map(ids)).toEqual([ids(saved), ids(saved)]);
    expect(server.stored.size).toBe(4);
    expect(delays).toHaveLength(1);
    expect(await outbox.count()).toBe(0);
  });

  it('retries 5xx, 408 and 429 with full-jitter backoff, capped', async () => {
    const { server, engine, delays } = await setup(2);
    server.script = [{ status: 503 }, { status: 500 }, { status: 408 }, { status: 429 }];
    const randoms = [0.5, 0.999, 0, 0.25];
    const backoff = { baseMs: 1000, capMs: 5000, random: () => randoms.shift()! };
    const events: unknown[] = [];
    const outcome = await engine({ backoff, onEvent: (e) => events.push(e) }).run();

    expect(outcome).toEqual({ kind: 'done', synced: 2, rejected: 0 });
    // random(0, min(cap, base·2^attempt)) for attempts 0..3: bounds 1000, 2000, 4000, 5000
    expect(delays).toEqual([500, 1998, 0, 1250]);
    expect(server.pushes).toHaveLength(1);
    expect(events.filter((e) => (e as { type: string }).type === 'retrying')).toHaveLength(4);
  });

  it('keeps queued the records the answer does not mention', async () => {
    const { saved, server, outbox, engine } = await setup(3);
    server.omit.add(saved[1]!.id);
    const outcome = await engine().run();
    expect(outcome).toEqual({ kind: 'stalled', synced: 2, rejected: 0 });
    expect(ids(await outbox.peekBatch())).toEqual([saved[1]!.id]);

    server.omit.clear();
    expect(await engine().run()).toMatchObject({ kind: 'done', synced: 1 });
    expect(await outbox.count()).toBe(0);
  });

  it('moves rejected records to attention with the reasons; the others sync', async () => {
    const { saved, server, outbox, engine } = await setup(3);
    const errors = [{ field: 'data.citizen.id', code: 'other-site', message: 'no' }];
    server.reject = (r) => (r.id === saved[0]!.id ? errors : null);
    expect(await engine().run()).toEqual({ kind: 'done', synced: 2, rejected: 1 });
    expect(await outbox.count()).toBe(0);
    expect(await db.attention.toArray()).toEqual([
      { id: saved[0]!.id, errors, rejectedAt: expect.any(String) },
    ]);
    expect([...server.stored.keys()]).toEqual(ids(saved.slice(1)));
  });

  it('stops on 401 without retrying and keeps everything queued', async () => {
    const { server, outbox, engine, delays } = await setup(2);
    server.script = [{ status: 401 }];
    const outcome = await engine().run();
    expect(outcome).toMatchObject({ kind: 'failed', failure: { kind: 'unauthorized' } });
    expect(delays).toEqual([]);
    expect(await outbox.count()).toBe(2);
  });

  it('halves a batch the server finds too large, down to single records', async () => {
    const { saved, server, outbox, engine } = await setup(5);
    server.maxRecords = 2;
    expect(await engine().run()).toEqual({ kind: 'done', synced: 5, rejected: 0 });
    expect(server.pushes.map((b) => b.length)).toEqual([2, 1, 2]);
    expect(server.pushes.flat().map((r) => r.id)).toEqual(ids(saved));
    expect(await outbox.count()).toBe(0);
  });

  it('puts a record refused as too large even alone into attention, not in the way', async () => {
    const { server, outbox, engine } = await setup(2);
    server.maxRecords = 0;
    expect(await engine().run()).toEqual({ kind: 'done', synced: 0, rejected: 2 });
    expect(await outbox.count()).toBe(0);
    expect((await db.attention.toArray()).map((a) => a.errors[0]?.code)).toEqual([
      'too-large',
      'too-large',
    ]);
  });
});
