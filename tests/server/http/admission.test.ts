// Load shedding: past the limit a push is answered 503 with Retry-After before it is read; a slot
// frees as soon as an answer goes out, and a batch refused this way is stored on its retry.
import Fastify from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { admitAtMost } from '../../../sync-server/src/http/admission';
import { installErrorHandler } from '../../../sync-server/src/http/errors';
import { push } from '../helpers/api';
import { checkinBatch } from '../../support/records';
import { createTestApp, enrollDevice, NURSE, SITE, type TestApp } from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

let t: TestApp | undefined;
afterEach(() => t?.close());

it('answers 503 with Retry-After past the limit, and admits again once answers go out', async () => {
  const app = Fastify();
  installErrorHandler(app);
  const waiting: (() => void)[] = [];
  await app.register(async (scope) => {
    admitAtMost(scope, 2);
    scope.post('/push', () => new Promise<string>((resolve) => waiting.push(() => resolve('ok'))));
  });
  const send = () => app.inject({ method: 'POST', url: '/push', payload: { records: [] } });
  const first = send();
  const second = send();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const third = await send();
  expect(third.statusCode).toBe(503);
  expect(third.headers['retry-after']).toBe('1');
  expect(third.json()).toMatchObject({ error: 'busy' });

  for (const release of waiting.splice(0)) release();
  expect((await first).statusCode).toBe(200);
  expect((await second).statusCode).toBe(200);
  const fourth = send();
  await new Promise((resolve) => setTimeout(resolve, 20));
  waiting.splice(0).forEach((release) => release());
  expect((await fourth).statusCode).toBe(200);
  await app.close();
});

it("answers 429 with Retry-After past a client's share, while other clients are still admitted", async () => {
  const app = Fastify();
  installErrorHandler(app);
  const waiting: (() => void)[] = [];
  await app.register(async (scope) => {
    admitAtMost(scope, 10, { max: 2, clientOf: (request) => String(request.headers['x-client']) });
    scope.post('/push', () => new Promise<string>((resolve) => waiting.push(() => resolve('ok'))));
  });
  const send = (client: string) =>
    app.inject({ method: 'POST', url: '/push', headers: { 'x-client': client }, payload: {} });
  const held = [send('a'), send('a')];
  await new Promise((resolve) => setTimeout(resolve, 20));
  const refused = send('a');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(waiting).toHaveLength(2);
  const third = await refused;
  expect(third.statusCode).toBe(429);
  expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
  expect(third.json()).toMatchObject({ error: 'too-many-pushes' });
  const other = send('b');
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(waiting).toHaveLength(3);

  for (const release of waiting.splice(0)) release();
  for (const res of await Promise.all([...held, other])) expect(res.statusCode).toBe(200);
  const again = send('a');
  await new Promise((resolve) => setTimeout(resolve, 20));
  waiting.splice(0).forEach((release) => release());
  expect((await again).statusCode).toBe(200);
  await app.close();
});

it('never refuses pushes that come one after another', async () => {
  t = await createTestApp();
  const device = await enrollDevice(t);
  for (let i = 0; i < 40; i++) {
    expect((await push(t, device, checkinBatch(SITE.id, NURSE.id, 2))).status).toBe(200);
  }
  expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(80);
});
