import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

describe('serving the PWA', () => {
  it('serves index.html and sw.js uncached and hashed assets immutable', async () => {
    t = await createTestApp({ withStatic: true });
    const index = await t.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>Vax</title>');
    expect(index.headers['cache-control']).toBe('no-cache');

    const sw = await t.app.inject({ method: 'GET', url: '/sw.js' });
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');

    const asset = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers unknown app paths with index.html, unknown API paths with 404 JSON', async () => {
    t = await createTestApp({ withStatic: true });
    const deep = await t.app.inject({ method: 'GET', url: '/station/screening?x=1' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>Vax</title>');
    expect(deep.headers['cache-control']).toBe('no-cache');

    const api = await t.app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'not-found', message: expect.any(String) });
  });

  it('keeps the API working when there is no build to serve', async () => {
    t = await createTestApp();
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const index = await t.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(404);
    expect(index.json().error).toBe('not-found');
  });
});
