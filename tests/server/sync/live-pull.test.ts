// Idle tablets cost nothing: a pull may wait (`wait=S`) until the site's
// change feed moves instead of the tablet asking every 2 s. Another tablet's push to the site
// answers it at once; another site's push does not; a wait with nothing new ends empty. Held
// pulls are capped per device and in all, freed when the client goes away, answered at once on
// shutdown, and routine pulls are not logged at info.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../sync-server/src/app';
import type { PullResponse } from '../../../src/domain/protocol';
import { pullAll, push } from '../helpers/api';
import { checkinRecord } from '../../support/records';
import { onPostgres } from '../helpers/test-database';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** Pulls from the device's caught-up cursor, waiting up to `wait` seconds; with the time it took. */
async function waitingPull(app: TestApp['app'], device: Device, cursor: string, wait: number) {
  const started = Date.now();
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/sync/pull',
    headers: device.headers,
    query: { cursor, wait: String(wait) },
  });
  return {
    status: res.statusCode,
    body: res.json<PullResponse>(),
    held: res.headers['x-pull-wait'],
    retryAfter: res.headers['retry-after'],
    doneAt: Date.now(),
    tookMs: Date.now() - started,
  };
}

async function caughtUp(app: TestApp, device: Device): Promise<string> {
  return (await pullAll(app, device)).at(-1)!.cursor;
}

/** Lets a request reach its wait before the test acts. */
const settle = () => new Promise((r) => setTimeout(r, 300));

// PostgreSQL has no writer thread; on SQLite pushes are written by one, as the server does.
const writerThreads = onPostgres ? [false] : [false, true];

describe.each(writerThreads)('a held pull (SQLite writer thread: %s)', (writerThread) => {
  it("is answered as soon as another tablet of the site pushes, and not by another site's push", async () => {
    t = await createTestApp({ writerThread });
    const [waiter, pusher, elsewhere] = [
      await enrollDevice(t, SITE.id, 'a'),
      await enrollDevice(t, SITE.id, 'b'),
      await enrollDevice(t, OTHER_SITE.id, 'c'),
    ];
    const cursor = await caughtUp(t, waiter);

    const quiet = waitingPull(t.app, waiter, cursor, 2);
    await settle();
    expect((await push(t, elsewhere, [checkinRecord(OTHER_SITE.id, OTHER_NURSE.id)])).status).toBe(
      200,
    );
    const unmoved = await quiet;
    expect(unmoved.body).toEqual({ changes: [], cursor, more: false, remaining: 0 });
    expect(unmoved.held).toBe('2');
    expect(unmoved.tookMs).toBeGreaterThanOrEqual(1900);

    const woken = waitingPull(t.app, waiter, cursor, 25);
    await settle();
    const record = checkinRecord(SITE.id, NURSE.id);
    expect((await push(t, pusher, [record])).status).toBe(200);
    const pushedAt = Date.now();
    const answer = await woken;
    expect(answer.body.changes.map((c) => c.key)).toContain(record.id);
    expect(answer.doneAt - pushedAt).toBeLessThan(2000);
  });
});

describe('held pulls', () => {
  it('without wait, answer at once as before', async () => {
    t = await createTestApp();
    const device = await enrollDevice(t);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sync/pull',
      headers: device.headers,
      query: { cursor: await caughtUp(t, device) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-pull-wait']).toBeUndefined();
  });

  it('one per device (a second replaces the first) and at most the configured number', async () => {
    t = await createTestApp({ admission: { heldPullsMax: 1 } });
    const [a, b] = [await enrollDevice(t, SITE.id, 'a'), await enrollDevice(t, SITE.id, 'b')];
    const cursor = await caughtUp(t, a);
    const first = waitingPull(t.app, a, cursor, 25);
    await settle();
    const full = await waitingPull(t.app, b, cursor, 25);
    expect(full.held).toBe('0');
    expect(full.retryAfter).toBeDefined();
    expect(full.body.changes).toEqual([]);

    const second = waitingPull(t.app, a, cursor, 3);
    const replaced = await first;
    expect(replaced.body).toEqual({ changes: [], cursor, more: false, remaining: 0 });
    expect(replaced.tookMs).toBeLessThan(20_000);
    expect((await second).held).toBe('3');
  });

  it('are answered at once when the server stops', async () => {
    t = await createTestApp();
    const device = await enrollDevice(t);
    const cursor = await caughtUp(t, device);
    const held = waitingPull(t.app, device, cursor, 25);
    await settle();
    const closing = Date.now();
    await t.app.close();
    const answer = await held;
    expect(answer.status).toBe(200);
    expect(answer.body.changes).toEqual([]);
    expect(answer.doneAt - closing).toBeLessThan(5000);
  });

  it('outlive the request timeout, and a client that goes away frees its place', async () => {
    t = await createTestApp({ admission: { heldPullsMax: 1, requestTimeoutMs: 1000 } });
    const [a, b] = [await enrollDevice(t, SITE.id, 'a'), await enrollDevice(t, SITE.id, 'b')];
    const cursor = await caughtUp(t, a);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const get = (device: Device, wait: number, onRequest?: (req: http.ClientRequest) => void) =>
      new Promise<{ status: number; held: unknown }>((resolve, reject) => {
        const req = http.get(
          {
            port,
            path: `/api/v1/sync/pull?cursor=${cursor}&wait=${wait}`,
            headers: device.headers,
          },
          (res) => {
            res.resume();
            res.on('end', () =>
              resolve({ status: res.statusCode!, held: res.headers['x-pull-wait'] }),
            );
          },
        );
        req.on('error', reject);
        onRequest?.(req);
      });

    // Held past the 1 s request timeout: a complete request waiting for its answer is no slow client.
    expect(await get(a, 2)).toEqual({ status: 200, held: '2' });

    const gone = get(a, 25, (req) => setTimeout(() => req.destroy(), 300)).catch(() => 'gone');
    expect(await gone).toBe('gone');
    await settle();
    // The one place is free again: b is held, not told to come back later.
    expect(await get(b, 1)).toEqual({ status: 200, held: '1' });
  });

  it('routine pulls are logged at debug, not info', async () => {
    const lines: string[] = [];
    t = await createTestApp({ logStream: { write: (line) => void lines.push(line) } });
    const device = await enrollDevice(t);
    const cursor = await caughtUp(t, device);
    await waitingPull(t.app, device, cursor, 1);
    await push(t, device, [checkinRecord(SITE.id, NURSE.id)]);
    const entries = lines.map(
      (l) => JSON.parse(l) as { level: number; req?: { path?: string }; reqId?: string },
    );
    const pullIds = new Set(
      entries.filter((e) => e.req?.path === '/api/v1/sync/pull').map((e) => e.reqId),
    );
    expect(pullIds.size).toBeGreaterThan(1);
    const pullLines = entries.filter((e) => pullIds.has(e.reqId));
    expect(pullLines.every((e) => e.level <= 20)).toBe(true);
    // Everything else still is: the push's lines are at info.
    expect(entries.some((e) => e.level === 30 && e.req?.path === '/api/v1/sync/push')).toBe(true);
  });
});

describe.runIf(onPostgres)('on PostgreSQL, LISTEN/NOTIFY', () => {
  it('wakes a pull held by a second server process on the same database', async () => {
    t = await createTestApp();
    const second = await t.db.open();
    const other = await buildApp({
      store: second,
      config: { staticDir: t.dataDir },
      logLevel: 'silent',
    });
    try {
      const [waiter, pusher] = [
        await enrollDevice(t, SITE.id, 'a'),
        await enrollDevice(t, SITE.id, 'b'),
      ];
      const cursor = await caughtUp(t, waiter);
      const woken = waitingPull(other, waiter, cursor, 25);
      await settle();
      const record = checkinRecord(SITE.id, NURSE.id);
      expect((await push(t, pusher, [record])).status).toBe(200);
      const pushedAt = Date.now();
      const answer = await woken;
      expect(answer.body.changes.map((c) => c.key)).toContain(record.id);
      expect(answer.doneAt - pushedAt).toBeLessThan(2000);
    } finally {
      await other.close();
      await second.close();
    }
  });
});
