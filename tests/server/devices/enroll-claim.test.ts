// A code claimed by simultaneous tries enrolls exactly `max_uses` tablets, in
// one server and across server processes on one database. On PostgreSQL the claim was a read then
// a write, and 8 simultaneous tries of a single-use code made up to 8 devices.
import type { ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseEnrollmentCode, sha256Hex } from '../../../sync-server/src/store/secrets';
import { startChildServer } from '../helpers/child-server';
import { createTestApp, SITE, type TestApp } from '../helpers/test-app';
import { enrollmentRepo } from '../../../sync-server/src/devices/enrollment-repo';
import { devicesRepo } from '../../../sync-server/src/devices/devices-repo';

const TRIES = 8;
let t: TestApp;
let children: ChildProcess[] = [];

beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await Promise.all(
    children.map((child) => new Promise((resolve) => child.once('exit', resolve).kill())),
  );
  children = [];
  await t.close();
});

const newCode = async (maxUses: number) =>
  (await enrollmentRepo(t.store).create(SITE.id, { validHours: 1, maxUses, now: new Date() })).code;

/** The code's counters as stored. */
async function storedCode(code: string): Promise<{ uses: number; max_uses: number }> {
  const db = t.db.kysely();
  try {
    return await db
      .selectFrom('enrollment_codes')
      .select(['uses', 'max_uses'])
      .where('code_hash', '=', sha256Hex(normaliseEnrollmentCode(code)))
      .executeTakeFirstOrThrow();
  } finally {
    await db.destroy();
  }
}

/** Tries `code` TRIES times at once with `attempt`: exactly max_uses devices, uses = max_uses. */
async function expectClaimedExactly(
  code: string,
  maxUses: number,
  attempt: (i: number) => Promise<number>,
): Promise<void> {
  const before = (await devicesRepo(t.store).list(SITE.id)).length;
  const statuses = await Promise.all(Array.from({ length: TRIES }, (_, i) => attempt(i)));
  expect(statuses.filter((s) => s === 200)).toHaveLength(maxUses);
  expect(statuses.filter((s) => s === 403)).toHaveLength(TRIES - maxUses);
  expect(await devicesRepo(t.store).list(SITE.id)).toHaveLength(before + maxUses);
  expect(await storedCode(code)).toEqual({ uses: maxUses, max_uses: maxUses });
}

describe.each([1, 3])('a code for %i tablet(s)', (maxUses) => {
  it(`tried ${TRIES} times at once in one server: exactly ${maxUses} device(s)`, async () => {
    const code = await newCode(maxUses);
    await expectClaimedExactly(code, maxUses, async (i) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/enroll',
        remoteAddress: `192.0.2.${i + 1}`,
        payload: { code, deviceName: `Bàn ${i}` },
      });
      if (res.statusCode === 403) expect(res.json().error).toBe('code-used');
      return res.statusCode;
    });
  });
});

it('claims each code exactly max_uses times across two server processes on one database', async () => {
  const servers = [0, 1].map(() => startChildServer({ ...t.db.env, ENROLL_RATE_LIMIT: '100' }));
  children = servers.map((s) => s.child);
  const urls = await Promise.all(servers.map((s) => s.url));
  for (const maxUses of [1, 3]) {
    const code = await newCode(maxUses);
    // Alternating between the processes, as a load balancer would.
    await expectClaimedExactly(code, maxUses, async (i) => {
      const res = await fetch(`${urls[i % 2]}/api/v1/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: `Bàn ${i}` }),
      });
      return res.status;
    });
  }
}, 120_000);
