// Pushes written by the SQLite writer thread (as `npm start` does on SQLite): the same answers as
// in the main thread, results visible to the main thread's reads, a failed batch leaving nothing
// (also among batches committed together), and the batches in hand committed before it stops.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBatch } from '../../../sync-server/src/sync/ingest/ingest';
import { sqliteWriterThread } from '../../../sync-server/src/sync/batch-writer/writer-thread';
import { pull, push } from '../helpers/api';
import { onPostgres } from '../helpers/test-database';
import { checkinBatch, checkinRecord, injectionRecord } from '../../support/records';
import {
  createTestApp,
  enrollDevice,
  NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from '../helpers/test-app';
import { recordsRepo } from '../../../sync-server/src/sync/repos/records';
import { citizenDosesRepo } from '../../../sync-server/src/sync/repos/citizen-doses';

const NOW = '2026-11-24T03:00:00.000Z';

describe.skipIf(onPostgres)('the SQLite writer thread', () => {
  let t: TestApp;
  let device: Device;
  beforeEach(async () => {
    t = await createTestApp({ writerThread: true });
    device = await enrollDevice(t);
  });
  afterEach(() => t.close());
  const stored = () => recordsRepo(t.store).countForSite(SITE.id);
  /** Makes the database refuse to store record `id`, as a full disk would; returns the undo. */
  const refuse = async (id: string) => {
    const db = t.db.kysely();
    await sql
      .raw(
        `create trigger refuse before insert on records when new.id = '${id}' ` +
          `begin select raise(abort, 'disk full'); end`,
      )
      .execute(db);
    return async () => {
      await sql`drop trigger refuse`.execute(db);
      await db.destroy();
    };
  };

  it('answers accepted, duplicate and rejected as the main thread does', async () => {
    const good = checkinBatch(SITE.id, NURSE.id, 3);
    const wrongSite = checkinRecord(OTHER_SITE.id, NURSE.id);
    const invalid = { ...checkinRecord(SITE.id, NURSE.id), occurredAt: 'yesterday' };
    const first = await push(t, device, [...good, wrongSite, invalid]);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'rejected',
      'rejected',
    ]);
    expect(first.body.results[3]?.errors?.[0]?.code).toBe('wrong-site');
    const again = await push(t, device, good);
    expect(again.body.results.map((r) => r.status)).toEqual(Array(3).fill('duplicate'));
    expect(await stored()).toBe(3);
  });

  it('writes what the main thread then reads: records for other tablets and dose histories', async () => {
    const injection = injectionRecord(SITE.id, NURSE.id);
    expect((await push(t, device, [injection])).body.results[0]?.status).toBe('accepted');
    const other = await enrollDevice(t, SITE.id, 'tablet 2');
    const { body } = await pull(t, other);
    expect(body.changes.some((c) => c.entity === 'record' && c.key === injection.id)).toBe(true);
    expect(await citizenDosesRepo(t.store).ofCitizens(['001085123456'])).toEqual([
      expect.objectContaining({ record_id: injection.id, site_id: SITE.id, dose_number: 1 }),
    ]);
  });

  it('answers 500 and stores nothing of a batch the database refuses, then goes on', async () => {
    const batch = checkinBatch(SITE.id, NURSE.id, 4);
    const allow = await refuse(batch[2]!.id);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: device.headers,
      payload: { records: batch },
    });
    expect(res.statusCode).toBe(500);
    expect(await stored()).toBe(0);
    await allow();
    const retried = await push(t, device, batch);
    expect(retried.body.results.map((r) => r.status)).toEqual(Array(4).fill('accepted'));
    expect(await stored()).toBe(4);
  });

  it('writes batches that arrive together each all or nothing, in order', async () => {
    const writer = sqliteWriterThread(t.dataDir);
    const identity = { id: device.deviceId, siteId: SITE.id };
    const first = checkinBatch(SITE.id, NURSE.id, 3);
    const refused = checkinBatch(SITE.id, NURSE.id, 2);
    const allow = await refuse(refused[1]!.id);
    // Posted at once: the writer takes them as one group commit.
    const settled = await Promise.allSettled(
      [first, refused, [first[0]!, ...checkinBatch(SITE.id, NURSE.id, 1)]].map((records) =>
        writer.write(identity, checkBatch(identity, records, new Date(NOW)), NOW),
      ),
    );
    await writer.close();
    await allow();
    expect(
      settled.map((s) =>
        s.status === 'fulfilled' ? s.value.map((r) => r.status) : String(s.reason),
      ),
    ).toEqual([
      Array(3).fill('accepted'),
      expect.stringContaining('disk full'),
      // The third batch sees the first one's record, stored in the same transaction.
      ['duplicate', 'accepted'],
    ]);
    expect(await stored()).toBe(4);
  });

  it('commits the batches in hand before it stops', async () => {
    const writer = sqliteWriterThread(t.dataDir);
    const identity = { id: device.deviceId, siteId: SITE.id };
    const writes = [0, 1, 2].map(() =>
      writer.write(
        identity,
        checkBatch(identity, checkinBatch(SITE.id, NURSE.id, 200), new Date(NOW)),
        NOW,
      ),
    );
    await writer.close();
    const answers = await Promise.all(writes);
    expect(answers.flat().every((r) => r.status === 'accepted')).toBe(true);
    expect(await stored()).toBe(600);
  });
});
