// Every route the server registers is on the one list of server-owned paths, which the service
// worker's navigation route denies and the app fallback skips (src/domain/server-paths.ts).
import Fastify from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { app } from '../../../sync-server/src/app';
import { isServerPath } from '../../../src/domain/server-paths';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
afterEach(() => t.close());

it('lists every path the server answers itself', async () => {
  t = await createTestApp();
  const fastify = Fastify({ logger: false });
  const urls: string[] = [];
  fastify.addHook('onRoute', (route) => void urls.push(route.url));
  // No build to serve: every route left is the server's own.
  await fastify.register(app, { store: t.store, config: { staticDir: '/nonexistent' } });
  await fastify.ready();
  await fastify.close();
  expect(urls).toEqual(
    expect.arrayContaining(['/reports', '/reports/sign-in', '/fhir/r4/metadata']),
  );
  expect(urls.filter((url) => !isServerPath(url))).toEqual([]);
});
