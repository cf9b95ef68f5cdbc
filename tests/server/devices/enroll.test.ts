import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../../sync-server/src/app';
import { createTestApp, SITE, type TestApp } from '../helpers/test-app';
import { enrollmentRepo } from '../../../sync-server/src/devices/enrollment-repo';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const enroll = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/enroll', payload: payload as object });

describe('GET /healthz', () => {
  it('reports the database as ok', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 when the database is gone', async () => {
    await t.store.close();
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: 'db-unavailable' });
  });
});

describe('POST /api/v1/enroll', () => {
  it('trades a code for a device token and the site, storing only the hash', async () => {
    const { code } = await enrollmentRepo(t.store).create(SITE.id, {
      validHours: 1,
      maxUses: 1,
      now: new Date(),
    });
    // Codes are typed by hand: case and dashes do not matter.
    const res = await enroll({ code: code.toLowerCase().replace('-', ''), deviceName: 'Bàn 1' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.site).toEqual(SITE);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const devices = await devicesRepo(t.store).list(SITE.id);
    expect(devices).toMatchObject([{ id: body.deviceId, name: 'Bàn 1', revokedAt: null }]);
    expect(await devicesRepo(t.store).findActiveByToken(body.token)).toEqual({
      id: body.deviceId,
      siteId: SITE.id,
    });
  });

  it('refuses an unknown code with 403', async () => {
    const res = await enroll({ code: 'AAAAA-BBBBB', deviceName: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'code-unknown', message: expect.any(String) });
  });

  it('refuses an expired code with 403', async () => {
    const { code } = await enrollmentRepo(t.store).create(SITE.id, {
      validHours: 1,
      maxUses: 1,
      now: new Date(Date.now() - 2 * 3600_000),
    });
    const res = await enroll({ code, deviceName: 'x' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('code-expired');
  });

  it('refuses a single-use code the second time, and honours multi-use codes', async () => {
    const single = await enrollmentRepo(t.store).create(SITE.id, {
      validHours: 1,
      maxUses: 1,
      now: new Date(),
    });
    expect((await enroll({ code: single.code, deviceName: 'a' })).statusCode).toBe(200);
    const again = await enroll({ code: single.code, deviceName: 'b' });
    expect(again.statusCode).toBe(403);
    expect(again.json().error).toBe('code-used');

    const multi = await enrollmentRepo(t.store).create(SITE.id, {
      validHours: 1,
      maxUses: 2,
      now: new Date(),
    });
    expect((await enroll({ code: multi.code, deviceName: 'c' })).statusCode).toBe(200);
    expect((await enroll({ code: multi.code, deviceName: 'd' })).statusCode).toBe(200);
    expect((await enroll({ code: multi.code, deviceName: 'e' })).statusCode).toBe(403);
    expect(await devicesRepo(t.store).list(SITE.id)).toHaveLength(3);
  });

  it.each([
    ['no body fields', {}],
    ['a missing device name', { code: 'AAAAA-BBBBB' }],
    ['a code that is not a string', { code: 42, deviceName: 'x' }],
  ])('answers 400 JSON to %s', async (_label, payload) => {
    const res = await enroll(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'bad-request', message: expect.any(String) });
  });

  it('answers 400 JSON to a body that is not JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enroll',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('bad-request');
  });
});

describe('enrollment rate limit', () => {
  it('answers 429 with Retry-After after 10 tries a minute from one address', async () => {
    const t = await createTestApp();
    try {
      const attempt = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/enroll',
          payload: { code: 'WRONG-CODE', deviceName: 'guesser' },
        });
      const answers = [];
      for (let i = 0; i < 11; i++) answers.push((await attempt()).statusCode);
      expect(answers).toEqual([...Array(10).fill(403), 429]);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json()).toMatchObject({ error: 'rate-limited' });
      // Another address is not affected.
      const other = await t.app.inject({
        method: 'POST',
        url: '/api/v1/enroll',
        remoteAddress: '10.0.0.7',
        payload: { code: 'WRONG-CODE', deviceName: 'tablet' },
      });
      expect(other.statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });

  it('takes another limit from ENROLL_RATE_LIMIT (config.enrollPerMinute)', async () => {
    const t = await createTestApp();
    const app = await buildApp({
      store: t.store,
      config: { staticDir: t.dataDir, enrollPerMinute: 2 },
      logLevel: 'silent',
    });
    try {
      const answers = [];
      for (let i = 0; i < 3; i++) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/enroll',
          payload: { code: 'WRONG-CODE', deviceName: 'guesser' },
        });
        answers.push(res.statusCode);
      }
      expect(answers).toEqual([403, 403, 429]);
    } finally {
      await app.close();
      await t.close();
    }
  });
});
