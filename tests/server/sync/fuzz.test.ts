// Hostile input never hurts stored data: thousands of malformed and hostile batches —
// wrong types, huge strings, deep nesting, invalid UTF-8, SQL and HTML in text fields, broken
// JSON — from a seeded generator. Afterwards every earlier record is byte-for-byte intact, and
// every answer was either a 4xx with a reason or a 200 whose refused records each say why.
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinBatch } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import { createRandom, type Random } from '../../../sync-server/src/seed/random';

const BATCHES = 2000;
let t: TestApp;
let device: Device;
beforeAll(async () => {
  t = await createTestApp();
  device = await enrollDevice(t);
});
afterAll(() => t.close());

const HOSTILE_TEXT = [
  "'; DROP TABLE records; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u0000\u0001\u0002',
  '\ud800',
  '𝕍𝕒𝕩 🤒💉',
  'a'.repeat(100_000),
  '../../etc/passwd',
  '${jndi:ldap://x}',
  '__proto__',
];

function deep(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { x: v };
  return v;
}

/** One hostile batch, as the raw bytes a client might send. */
function hostileBody(rng: Random, valid: Record<string, unknown>): Buffer | string {
  const mutateRecord = (): unknown => {
    const r: Record<string, unknown> = structuredClone(valid);
    const field = rng.pick(['id', 'type', 'siteId', 'staffId', 'visitKey', 'occurredAt', 'data']);
    r[field] = rng.pick<unknown>([
      null,
      42,
      true,
      [],
      {},
      rng.pick(HOSTILE_TEXT),
      deep(rng.int(1500)),
      { __proto__: { polluted: true } },
      [rng.pick(HOSTILE_TEXT)],
    ]);
    if (rng.next() < 0.3) {
      (r.data as Record<string, unknown>) = {
        ...(r.data as object),
        citizen: { fullName: rng.pick(HOSTILE_TEXT), dob: rng.pick(HOSTILE_TEXT), sex: 'X' },
      };
    }
    return r;
  };
  // A record that is valid but for what its free text says: new, so it reaches the insert.
  const hostileText = (): unknown => {
    const r = structuredClone(valid) as { id: string; data: { citizen: object } };
    r.id = uuidv7();
    // Free text only: a registration id is a UUID, refused in any other form.
    r.data = {
      ...r.data,
      citizen: {
        ...r.data.citizen,
        fullName: rng.pick(HOSTILE_TEXT).slice(0, 200),
        address: rng.pick(HOSTILE_TEXT).slice(0, 200),
      },
    } as typeof r.data;
    return r;
  };
  switch (rng.int(9)) {
    case 0: // broken JSON
      return JSON.stringify({ records: [mutateRecord()] }).slice(0, rng.int(200));
    case 1: // invalid UTF-8 inside a string
      return Buffer.concat([
        Buffer.from('{"records":[{"id":"'),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        Buffer.from('"}]}'),
      ]);
    case 2: // records is not an array
      return JSON.stringify({ records: rng.pick<unknown>([null, 1, 'x', {}, deep(50)]) });
    case 3: // deep nesting of the whole body
      return '['.repeat(rng.int(20_000)) + ']'.repeat(rng.int(20_000));
    case 4: // extra keys and prototype tricks
      return `{"records":[],"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}`;
    case 5: // a huge string field, up to and over the byte limit
      return JSON.stringify({ records: [{ ...valid, id: 'x'.repeat(rng.int(1_200_000)) }] });
    case 6: // valid records carrying hostile text where free text goes
      return JSON.stringify({ records: Array.from({ length: 1 + rng.int(5) }, hostileText) });
    default: // batches of mutated records
      return JSON.stringify({
        records: Array.from({ length: 1 + rng.int(20) }, mutateRecord),
      });
  }
}

describe('fuzzing /sync/push', () => {
  it(`${BATCHES} hostile batches: no 5xx, a reason for every refusal, stored data intact`, async () => {
    const earlier = checkinBatch(SITE.id, NURSE.id, 50);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: { records: earlier },
    });
    expect(first.statusCode).toBe(200);
    const ids = earlier.map((r) => r.id);
    const before = await recordsRepo(t.store).bodiesOf(ids);
    const countBefore = await recordsRepo(t.store).countForSite(SITE.id);

    // The same "random" batches on every run, so a failure can be replayed.
    const rng = createRandom(20211217);
    const statuses = new Map<number, number>();
    const accepted = new Set<string>();
    const codes = new Set<string>();
    for (let i = 0; i < BATCHES; i++) {
      const valid = structuredClone(rng.pick(earlier)) as unknown as Record<string, unknown>;
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { ...device.headers, 'content-type': 'application/json' },
        payload: hostileBody(rng, valid),
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      expect(res.statusCode, `batch ${i}`).toBeLessThan(500);
      const body = res.json<Record<string, unknown>>();
      if (res.statusCode === 200) {
        const results = body.results as {
          id: string;
          status: string;
          errors?: { code: string }[];
        }[];
        for (const r of results) {
          if (r.status === 'rejected') {
            expect(r.errors?.length, `batch ${i}`).toBeGreaterThan(0);
            for (const e of r.errors ?? []) codes.add(e.code);
          } else if (r.status === 'accepted') {
            // Only a new record whose hostile text is harmless (SQL, HTML, emoji) is stored.
            expect(ids, `batch ${i}`).not.toContain(r.id);
            accepted.add(r.id);
          } else expect(r.status, `batch ${i}`).toBe('duplicate');
        }
      } else {
        expect(res.statusCode, `batch ${i}`).toBeGreaterThanOrEqual(400);
        expect(body, `batch ${i}`).toMatchObject({
          error: expect.any(String),
          message: expect.any(String),
        });
      }
    }

    expect(await recordsRepo(t.store).bodiesOf(ids)).toEqual(before);
    expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(countBefore + accepted.size);
    expect((await recordsRepo(t.store).bodiesOf([...accepted])).size).toBe(accepted.size);
    // Hostile text reached the store, and broken characters were refused with their reason.
    expect(accepted.size).toBeGreaterThan(20);
    expect([...codes]).toEqual(expect.arrayContaining(['nul', 'not-unicode', 'too-long']));
    expect(({} as { polluted?: boolean; admin?: boolean }).polluted).toBeUndefined();
    // The generator reached both kinds of answer.
    expect(statuses.get(200)).toBeGreaterThan(100);
    expect(statuses.get(400)).toBeGreaterThan(100);
  }, 120_000);
});
