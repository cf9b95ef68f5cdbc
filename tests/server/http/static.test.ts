import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config';
import { createTestApp, type TestApp } from '../helpers/test-app';

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

  it("answers unknown paths under the server's own with 404 JSON, not the app", async () => {
    t = await createTestApp({ withStatic: true });
    for (const url of [
      '/reports/nothing',
      '/fhir/r4/Nothing',
      '/fhir',
      '/healthz/x',
      '/api',
      '/dcc/nothing',
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      expect(res.headers['content-type']).toMatch(/json/); // FHIR answers an OperationOutcome
    }
    // A path that merely starts with the same letters is still the app's.
    expect((await t.app.inject({ method: 'GET', url: '/reportsx' })).body).toContain('<title>');
  });

  it('never serves a source map, even one a build left next to its script', async () => {
    t = await createTestApp({ withStatic: true });
    writeFileSync(path.join(t.dataDir, 'dist', 'assets', 'index-abc123.js.map'), '{"version":3}');
    writeFileSync(path.join(t.dataDir, 'dist', 'sw.js.map'), '{"version":3}');
    for (const url of ['/assets/index-abc123.js.map', '/sw.js.map', '/assets/missing.js.MAP']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
      expect(res.body).not.toContain('version');
      expect(res.json().error).toBe('not-found');
    }
    // The production build does not emit them in the first place.
    expect(viteConfig.build?.sourcemap).toBe(false);
  });

  it('keeps the API working when there is no build to serve', async () => {
    t = await createTestApp();
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const index = await t.app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(404);
    expect(index.json().error).toBe('not-found');
  });
});
