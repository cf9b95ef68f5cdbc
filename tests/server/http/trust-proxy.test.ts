// Behind a load balancer (TRUST_PROXY): the rate limits count each tablet's own address and FHIR
// links carry the public scheme and host; without it, forwarded headers are ignored, so a client
// cannot claim another address to escape a limit.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { addOperator } from '../helpers/operators';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';

const LB = '10.0.0.5';
let t: TestApp;
afterEach(() => t.close());

/** 11 enrollment tries (the limit is 10 a minute) from the load balancer, for these clients. */
async function enrollStatuses(clients: (i: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enroll',
      remoteAddress: LB,
      headers: { 'x-forwarded-for': clients(i) },
      payload: { code: 'AAAAA-BBBBB', deviceName: 'Bàn 1' },
    });
    statuses.push(res.statusCode);
  }
  return statuses;
}

async function fhirSelfLink(): Promise<string | undefined> {
  await addOperator(t, 'national', { kind: 'national' });
  const token = randomBytes(24).toString('base64url');
  await operatorsRepo(t.store).createSession('national', token, new Date(), 3_600_000);
  const res = await t.app.inject({
    method: 'GET',
    url: '/fhir/r4/Patient?identifier=079085000001',
    remoteAddress: LB,
    headers: {
      authorization: `Bearer ${token}`,
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'tiemchung.example.vn',
    },
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ link?: { url: string }[] }>().link?.[0]?.url;
}

describe('TRUST_PROXY', () => {
  it('set to the balancer: limits count each forwarded client, links say https', async () => {
    t = await createTestApp({ trustProxy: `${LB},127.0.0.1` });
    expect(await enrollStatuses((i) => `203.0.113.${i}`)).not.toContain(429);
    expect((await enrollStatuses(() => '198.51.100.7')).at(-1)).toBe(429);
    expect(await fhirSelfLink()).toMatch(/^https:\/\/tiemchung\.example\.vn\/fhir\/r4\/Patient\?/);
  });

  it('unset: forwarded headers are ignored', async () => {
    t = await createTestApp();
    expect((await enrollStatuses((i) => `203.0.113.${i}`)).at(-1)).toBe(429);
    expect(await fhirSelfLink()).toMatch(/^http:\/\/localhost:80\/fhir\/r4\/Patient\?/);
  });

  it('naming another proxy: headers from the balancer are not believed', async () => {
    t = await createTestApp({ trustProxy: '192.0.2.1' });
    expect((await enrollStatuses((i) => `203.0.113.${i}`)).at(-1)).toBe(429);
  });
});
