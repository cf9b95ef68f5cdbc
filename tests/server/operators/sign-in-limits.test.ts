// Limits on guessing that cannot be turned against the owner, kept in the
// database so every server process enforces the same one. Anyone could keep an operator out with a
// trickle of wrong passwords from a few addresses (10 a minute per username, from anywhere), and
// each process counted alone. Now: per address and username, and per address, with a wait that
// doubles, shared through the database.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../../sync-server/src/app';
import { SIGN_IN_LIMITS } from '../../../sync-server/src/operators/sign-in-limits';
import type { Store } from '../../../sync-server/src/store/store';
import { addOperator, PASSWORD } from '../helpers/operators';
import { createTestApp, type TestApp } from '../helpers/test-app';

const OWNER = '203.0.113.10';
const ATTACKERS = ['198.51.100.1', '198.51.100.2', '198.51.100.3', '198.51.100.4'];
let t: TestApp;

beforeEach(async () => {
  // The clock is the test's (the limits read Date.now); timers run for real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T08:00:00Z'));
  t = await createTestApp();
  await addOperator(t, 'nat', { kind: 'national' });
});
afterEach(async () => {
  await t.close();
  vi.useRealTimers();
});

const advance = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);

/** A JSON sign-in as `nat` from `address`; the status and Retry-After. */
async function signIn(app: FastifyInstance, address: string, password: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/operator/sign-in',
    remoteAddress: address,
    payload: { username: 'nat', password },
  });
  const retryAfter = res.headers['retry-after'];
  return { status: res.statusCode, retryAfter: retryAfter === undefined ? 0 : Number(retryAfter) };
}

describe('sign-in under a password-guessing attack', () => {
  it("lets the owner in from their own address while others guess the owner's password", async () => {
    const answers = new Set<number>();
    // Ten minutes of wrong passwords from four addresses, three every 20 s from each (the old
    // limit, 10 a minute per username, kept the owner out for good).
    for (let round = 0; round < 30; round++) {
      for (const address of ATTACKERS) {
        for (let i = 0; i < 3; i++) answers.add((await signIn(t.app, address, 'guess')).status);
      }
      if (round % 5 === 0) {
        expect(await signIn(t.app, OWNER, PASSWORD)).toMatchObject({ status: 200 });
      }
      advance(20);
    }
    // The guessers were slowed down; the owner, even after a typo, was not.
    expect([...answers].sort()).toEqual([401, 429]);
    expect(await signIn(t.app, OWNER, 'typo')).toMatchObject({ status: 401 });
    expect(await signIn(t.app, OWNER, PASSWORD)).toMatchObject({ status: 200 });
  });

  it('slows one address guessing with a growing wait, and keeps it slowed past a minute', async () => {
    const { free } = SIGN_IN_LIMITS.account;
    for (let i = 0; i < free; i++) {
      expect(await signIn(t.app, ATTACKERS[0]!, `guess ${i}`)).toMatchObject({ status: 401 });
    }
    // Each guess past the free ones is answered at once: 429 and how long to wait, which doubles.
    const waits: number[] = [];
    for (;;) {
      const refused = await signIn(t.app, ATTACKERS[0]!, 'guess');
      expect(refused.status).toBe(429);
      waits.push(refused.retryAfter);
      if (refused.retryAfter > 60) break;
      advance(refused.retryAfter);
      expect(await signIn(t.app, ATTACKERS[0]!, 'guess')).toMatchObject({ status: 401 });
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64]);
    // A minute later (the old window), still held back, even with the right password.
    advance(60);
    expect(await signIn(t.app, ATTACKERS[0]!, PASSWORD)).toMatchObject({ status: 429 });
    // The account itself was never locked.
    expect(await signIn(t.app, OWNER, PASSWORD)).toMatchObject({ status: 200 });
    // After the wait, one more guess, then a longer wait.
    advance(4);
    expect(await signIn(t.app, ATTACKERS[0]!, 'guess')).toMatchObject({ status: 401 });
    expect(await signIn(t.app, ATTACKERS[0]!, 'guess')).toMatchObject({
      status: 429,
      retryAfter: 128,
    });
  });

  it('counts an IPv6 guesser by its /64, not by each address it sends from', async () => {
    for (let i = 1; i <= SIGN_IN_LIMITS.account.free; i++) {
      expect(await signIn(t.app, `2001:db8:1:2::${i}`, 'guess')).toMatchObject({ status: 401 });
    }
    expect(await signIn(t.app, '2001:db8:1:2:ffff::6', 'guess')).toMatchObject({ status: 429 });
    expect(await signIn(t.app, '2001:db8:1:3::1', PASSWORD)).toMatchObject({ status: 200 });
    // Enrollment codes likewise: 10 tries a minute per client.
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/enroll',
        remoteAddress: `2001:db8:1:2::${i.toString(16)}`,
        payload: { code: 'WRONG-CODE', deviceName: 'guesser' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array(10).fill(403), 429]);
  });

  it('keeps no username in the clear', async () => {
    await addOperator(t, 'nguyen.van.a', { kind: 'national' });
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/operator/sign-in',
      remoteAddress: ATTACKERS[0],
      payload: { username: 'nguyen.van.a', password: 'guess' },
    });
    const db = t.db.kysely();
    try {
      const rows = await db.selectFrom('rate_limits').select(['kind', 'key']).execute();
      expect(rows.map((r) => r.kind).sort()).toEqual(['sign-in-account', 'sign-in-address']);
      expect(JSON.stringify(rows)).not.toContain('nguyen');
    } finally {
      await db.destroy();
    }
  });
});

describe('two server processes on one database', () => {
  let second: { app: FastifyInstance; store: Store } | undefined;
  afterEach(async () => {
    await second?.app.close();
    await second?.store.close();
    second = undefined;
  });

  async function secondApp(): Promise<FastifyInstance> {
    const store = await t.db.open();
    const app = await buildApp({ store, config: { staticDir: t.dataDir }, logLevel: 'silent' });
    second = { app, store };
    return app;
  }

  const enroll = (app: FastifyInstance) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/enroll',
      remoteAddress: ATTACKERS[0],
      payload: { code: 'WRONG-CODE', deviceName: 'guesser' },
    });

  it('share one enrollment limit per address', async () => {
    const other = await secondApp();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await enroll(i % 2 ? other : t.app)).statusCode);
    expect(statuses).toEqual([...Array(10).fill(403), 429]);
    expect((await enroll(t.app)).statusCode).toBe(429);
    // The window is shared too: a minute on, both take tries again.
    advance(60);
    expect((await enroll(other)).statusCode).toBe(403);
  });

  it('share one sign-in limit', async () => {
    const other = await secondApp();
    for (let i = 0; i < SIGN_IN_LIMITS.account.free; i++) {
      expect(await signIn(t.app, ATTACKERS[0]!, 'guess')).toMatchObject({ status: 401 });
    }
    expect(await signIn(other, ATTACKERS[0]!, 'guess')).toMatchObject({ status: 429 });
    // A success through one forgets the address's tries at the account in both.
    advance(1);
    expect(await signIn(other, ATTACKERS[0]!, PASSWORD)).toMatchObject({ status: 200 });
    for (let i = 0; i < SIGN_IN_LIMITS.account.free; i++) {
      expect(await signIn(t.app, ATTACKERS[0]!, 'guess')).toMatchObject({ status: 401 });
    }
  });

  it('count simultaneous tries once each: no more pass than the limit allows', async () => {
    const other = await secondApp();
    const apps = [t.app, other];
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(apps[i % 2]!, ATTACKERS[1]!, `guess ${i}`)),
    );
    const statuses = guesses.map((g) => g.status).sort();
    const { free } = SIGN_IN_LIMITS.account;
    expect(statuses).toEqual([...Array(free).fill(401), ...Array(12 - free).fill(429)]);
    const tries = await Promise.all(Array.from({ length: 15 }, (_, i) => enroll(apps[i % 2]!)));
    expect(tries.map((r) => r.statusCode).sort()).toEqual([
      ...Array(10).fill(403),
      ...Array(5).fill(429),
    ]);
  });
});
