// Concurrent batches, as several tablets (and several server processes on one PostgreSQL) make
// them: the same batch twice at once is stored once, and a tablet pulling while others push
// never skips a change (on PostgreSQL, `changes` seqs commit in order).
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/domain/protocol';
import { pull, push } from '../helpers/api';
import { checkinBatch } from '../../support/records';
import { createTestApp, enrollDevice, NURSE, SITE, type TestApp } from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

it('stores a batch sent four times at once exactly once', async () => {
  const device = await enrollDevice(t);
  const batch = checkinBatch(SITE.id, NURSE.id, 300);
  const answers = await Promise.all([1, 2, 3, 4].map(() => push(t, device, batch)));
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
  const accepted = answers.flatMap((a) => a.body.results.filter((r) => r.status === 'accepted'));
  const others = answers.flatMap((a) => a.body.results.filter((r) => r.status !== 'accepted'));
  expect(accepted.map((r) => r.id).sort()).toEqual(batch.map((r) => r.id).sort());
  expect(new Set(others.map((r) => r.status))).toEqual(new Set(['duplicate']));
  expect(await recordsRepo(t.store).countForSite(SITE.id)).toBe(300);
});

it('a puller running beside eight pushing tablets ends with every record, none skipped', async () => {
  const pushers = await Promise.all(
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) => enrollDevice(t, SITE.id, `p${n}`)),
  );
  const reader = await enrollDevice(t, SITE.id, 'reader');
  const sent = new Set<string>();
  let pushing = true;
  const pushes = Promise.all(
    pushers.map(async (device) => {
      for (let i = 0; i < 6; i++) {
        const batch = checkinBatch(SITE.id, NURSE.id, 50);
        for (const r of batch) sent.add(r.id);
        expect((await push(t, device, batch)).status).toBe(200);
      }
    }),
  ).finally(() => {
    pushing = false;
  });

  const seen = new Set<string>();
  let cursor: string | undefined;
  const drain = async () => {
    for (;;) {
      const { body }: { body: PullResponse } = await pull(t, reader, cursor, 100);
      for (const c of body.changes) if (c.entity === 'record') seen.add(c.key);
      cursor = body.cursor;
      if (!body.more) return;
    }
  };
  while (pushing) {
    await drain();
    // A tablet polls; and in one process a tight loop would starve the pushes.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await pushes;
  await drain();
  expect(seen.size).toBe(sent.size);
  expect([...sent].filter((id) => !seen.has(id))).toEqual([]);
});
