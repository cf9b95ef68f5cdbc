// A JSON body with a key that could poison prototypes is refused, on every JSON route, with a
// reason that names the key rather than "not valid JSON".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, enrollDevice, type Device, type TestApp } from '../helpers/test-app';

let t: TestApp;
let device: Device;
beforeAll(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
});
afterAll(() => t.close());

const routes = (): { url: string; headers?: Record<string, string> }[] => [
  { url: '/api/v1/enroll' },
  { url: '/api/v1/sync/push', headers: device.headers },
  { url: '/api/v1/operator/sign-in' },
];

const send = (url: string, payload: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
    payload,
  });

describe('JSON bodies', () => {
  it.each([
    ['__proto__', '{"records":[{"__proto__":{"admin":true}}]}'],
    ['__proto__', '{"__proto__":{"x":1},"code":"ABC"}'],
    ['constructor.prototype', '{"records":[{"constructor":{"prototype":{"admin":true}}}]}'],
  ])('names a forbidden %s key on every JSON route', async (key, payload) => {
    for (const { url, headers } of routes()) {
      const res = await send(url, payload, headers);
      expect({ url, status: res.statusCode }).toEqual({ url, status: 400 });
      expect(res.json()).toEqual({
        error: 'forbidden-key',
        message: `A JSON key named ${key} is not allowed; remove or rename it and send the request again`,
      });
    }
  });

  it('still calls broken JSON broken, and lets a key merely named constructor through', async () => {
    for (const { url, headers } of routes()) {
      const broken = await send(url, '{"records": [', headers);
      expect(broken.statusCode).toBe(400);
      expect(broken.json()).toMatchObject({ error: 'bad-request' });
      expect(broken.json().message).toMatch(/not valid JSON/);
    }
    const harmless = await send(
      '/api/v1/enroll',
      '{"code":"NOPE","deviceName":"x","constructor":1}',
    );
    expect(harmless.json().error).not.toBe('forbidden-key');
  });
});
