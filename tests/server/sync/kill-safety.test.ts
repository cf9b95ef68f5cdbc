// A server killed with SIGKILL while batches are in flight loses nothing it acknowledged, stores
// nothing twice, never leaves half a batch, and leaves a sound database (on SQLite, a sound file).
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/domain/protocol';
import type { VaxRecord } from '../../../src/domain/records';
import { startChildServer } from '../helpers/child-server';
import { recordChanges } from '../helpers/record-changes';
import { checkinBatch } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';

let t: TestApp;
let device: Device;

beforeEach(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
  // The child process owns the file from now on.
  await t.app.close();
  await t.store.close();
});
afterEach(() => t.close().catch(() => undefined));

it('keeps every acknowledged batch exactly once after kill -9 mid-stream', async () => {
  const { child, url } = startChildServer(t.db.env);
  const base = await url;
  const acknowledged: string[] = [];
  const inFlight: VaxRecord[][] = [];

  async function client(): Promise<void> {
    for (;;) {
      const batch = checkinBatch(SITE.id, NURSE.id, 200);
      inFlight.push(batch);
      const res = await fetch(`${base}/api/v1/sync/push`, {
        method: 'POST',
        headers: { ...device.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ records: batch }),
      });
      const body = (await res.json()) as PushResponse;
      if (!body.results?.every((r) => r.status === 'accepted')) {
        throw new Error(`unexpected answer ${res.status}`);
      }
      acknowledged.push(...batch.map((r) => r.id));
    }
  }
  const clients = [client(), client()].map((p) =>
    p.catch((err: Error) =>
      err.message.startsWith('unexpected') ? err.message : 'connection lost',
    ),
  );
  // Let several batches commit, then kill while others are being written.
  const deadline = Date.now() + 20_000;
  while (acknowledged.length < 2000 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill('SIGKILL');
  expect(await Promise.all(clients)).toEqual(['connection lost', 'connection lost']);

  expect(inFlight.length * 200).toBeGreaterThan(acknowledged.length);

  const db = t.db.kysely();
  try {
    if (t.db.kind === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
    }
    const rows = await db.selectFrom('records').select('id').execute();
    const present = new Set(rows.map((r) => r.id));
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    // Every batch sent is either wholly stored or wholly absent.
    for (const batch of inFlight) {
      const stored = batch.filter((r) => present.has(r.id)).length;
      expect([0, batch.length]).toContain(stored);
    }
    expect(await recordChanges(db)).toEqual({ rows: present.size, distinct: present.size });
  } finally {
    await db.destroy();
  }
});
