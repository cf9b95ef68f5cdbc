// Slow uploads must not take the pushes of others hostage: one device
// trickling its bodies a byte at a time once held every place in push admission, and nothing
// closed them. A device holds at most its share, and a request must be in within the request
// timeout. On a real port: inject() cannot trickle a body.
import net from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { API_PREFIX } from '../../../src/domain/protocol';
import { runSlowClients, type SlowClientReport } from '../../bench/load/slow-clients';
import { checkinBatch } from '../../support/records';
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
afterEach(() => t?.close());

const REQUEST_TIMEOUT_MS = 2_000;
const ADMISSION = { pushesInHand: 8, pushesPerDevice: 3, requestTimeoutMs: REQUEST_TIMEOUT_MS };
/** Node looks for overdue requests every quarter of the timeout; and a loaded 2-core machine. */
const SLACK_MS = REQUEST_TIMEOUT_MS / 4 + 1_500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function pushOver(base: string, device: Device, staffId: string, siteId: string) {
  const res = await fetch(`${base}${API_PREFIX}/sync/push`, {
    method: 'POST',
    headers: { ...device.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ records: checkinBatch(siteId, staffId, 2) }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Other tablets push one batch after another until `until` settles; their statuses. */
async function pushWhile(until: Promise<unknown>, pushes: (() => Promise<number>)[]) {
  let done = false;
  void until.finally(() => (done = true));
  const statuses: number[] = [];
  while (!done) {
    statuses.push(...(await Promise.all(pushes.map((p) => p()))));
    await sleep(200);
  }
  return statuses;
}

it("holds one device's slow pushes to its share, cuts them at the request timeout, and keeps accepting others", async () => {
  t = await createTestApp({ admission: ADMISSION });
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const slow = await enrollDevice(t, SITE.id, 'slow tablet');
  const first = await enrollDevice(t, SITE.id, 'tablet 1');
  const second = await enrollDevice(t, OTHER_SITE.id, 'tablet 2');

  // As many slow pushes as the server has places, a byte every half second each.
  const attack = runSlowClients({
    baseUrl: base,
    tokens: [slow.token],
    perDevice: ADMISSION.pushesInHand,
    durationMs: REQUEST_TIMEOUT_MS * 2 + 1_000,
    byteEveryMs: 500,
  });
  await sleep(300);
  const statuses = await pushWhile(attack, [
    () => pushOver(base, first, NURSE.id, SITE.id),
    () => pushOver(base, second, OTHER_NURSE.id, OTHER_SITE.id),
  ]);
  const report: SlowClientReport = await attack;

  expect(statuses.length).toBeGreaterThan(4);
  expect(new Set(statuses)).toEqual(new Set([200]));
  // Past its share the device is refused at once, told when to come back; never 503 for others.
  expect(report.refused[429]).toBeGreaterThanOrEqual(ADMISSION.pushesInHand - 3);
  expect(report.refused[503]).toBeUndefined();
  expect(report.refusedWithoutRetryAfter).toBe(0);
  // The pushes it was let in with are answered 408 once the request timeout is up.
  expect(report.cuts.length).toBeGreaterThanOrEqual(ADMISSION.pushesPerDevice);
  for (const cut of report.cuts) {
    expect(cut.status).toBe(408);
    expect(cut.heldMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(cut.heldMs).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
  }
  // Its places are free again once its slow pushes are gone (their sockets close a moment after
  // the 408, later on a loaded machine: ask until then, a refusal costs nothing).
  await expect
    .poll(() => pushOver(base, slow, NURSE.id, SITE.id), { timeout: 5_000, interval: 100 })
    .toBe(200);
});

it('answers a push that does not arrive in time with a JSON 408 that says what to do', async () => {
  t = await createTestApp({ admission: ADMISSION });
  const base = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
  const device = await enrollDevice(t);
  const socket = net.connect({ host: base.hostname, port: Number(base.port) });
  const started = performance.now();
  socket.write(
    `POST ${API_PREFIX}/sync/push HTTP/1.1\r\nHost: ${base.host}\r\n` +
      `Authorization: ${device.headers.authorization}\r\nContent-Type: application/json\r\n` +
      `Content-Length: 1000\r\n\r\n{"records":[`,
  );
  const answer = await new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('close', () => resolve(text));
  });
  expect(performance.now() - started).toBeLessThan(REQUEST_TIMEOUT_MS + SLACK_MS);
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  expect(head).toMatch(/^HTTP\/1\.1 408 /);
  expect(head).toMatch(/\r\ncontent-type: application\/json/i);
  expect(JSON.parse(body)).toEqual({
    error: 'timeout',
    message: `The request did not arrive within ${REQUEST_TIMEOUT_MS / 1000} s; send it again, smaller or over a better connection`,
  });
});

it('gives a client without a valid token no place at all', async () => {
  t = await createTestApp({ admission: ADMISSION });
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const device = await enrollDevice(t);
  const attack = runSlowClients({
    baseUrl: base,
    tokens: ['forged-token-000000000000'],
    perDevice: ADMISSION.pushesInHand * 2,
    durationMs: 1_500,
    byteEveryMs: 500,
  });
  const statuses = await pushWhile(attack, [() => pushOver(base, device, NURSE.id, SITE.id)]);
  const report = await attack;
  expect(new Set(statuses)).toEqual(new Set([200]));
  expect(Object.keys(report.refused)).toEqual(['401']);
  expect(report.cuts).toEqual([]);
});
