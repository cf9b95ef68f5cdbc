import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, enrollDevice, type TestApp } from '../helpers/test-app';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const routes = [
  { method: 'GET' as const, url: '/api/v1/sync/pull' },
  { method: 'POST' as const, url: '/api/v1/sync/push', payload: { records: [] } },
  { method: 'GET' as const, url: '/api/v1/reports/day?date=2026-11-23' },
];

describe('device authentication on /api/v1/sync/* and /api/v1/reports/*', () => {
  it.each(routes)('$method $url without a token is 401 JSON', async (route) => {
    const res = await t.app.inject(route);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: 'unauthorized', message: expect.any(String) });
  });

  it.each(routes)('$method $url with an unknown token is 401', async (route) => {
    const res = await t.app.inject({
      ...route,
      headers: { authorization: `Bearer ${'x'.repeat(43)}` },
    });
    expect(res.statusCode).toBe(401);
  });

  it('accepts a valid token and refuses it once the device is revoked', async () => {
    const device = await enrollDevice(t);
    const ok = await t.app.inject({ ...routes[0]!, headers: device.headers });
    expect(ok.statusCode).toBe(200);

    expect(await devicesRepo(t.store).revoke(device.deviceId, new Date())).toBe(true);
    const res = await t.app.inject({ ...routes[0]!, headers: device.headers });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toBe('unauthorized');
  });

  it('refuses a token sent with another scheme', async () => {
    const device = await enrollDevice(t);
    const res = await t.app.inject({
      ...routes[0]!,
      headers: { authorization: `Basic ${device.token}` },
    });
    expect(res.statusCode).toBe(401);
  });
});
