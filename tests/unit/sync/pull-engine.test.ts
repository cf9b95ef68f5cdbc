import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VaxDb } from '../../../src/data/db';
import { ReferenceRepository } from '../../../src/data/reference-repo';
import type { PullProgress } from '../../../src/sync/sync-status';
import type { Change } from '../../../src/domain/protocol';
import { createApiClient } from '../../../src/sync/api-client';
import { pullAll } from '../../../src/sync/pull-engine';
import { freshDb } from '../data/fixtures';
import { registration } from '../../support/records';
import { FakeServer } from './fake-server';

let db: VaxDb;
afterEach(() => db.delete());

function setup(n: number) {
  db = freshDb();
  const server = new FakeServer();
  server.feed = Array.from({ length: n }, (_, i): Change => {
    const data = registration(i);
    return { entity: 'registration', op: 'put', key: data.id, data };
  });
  const reference = new ReferenceRepository(db);
  const api = createApiClient({ baseUrl: 'http://server', token: 'token-1', fetch: server.fetch });
  return { server, reference, deps: { api, reference, pageSize: 100 } };
}

describe('pullAll', () => {
  it('pages until the server has no more, reporting progress against the total', async () => {
    const { server, reference, deps } = setup(250);
    const progress: PullProgress[] = [];
    expect(await pullAll(deps, (p) => progress.push(p))).toEqual({ ok: true, applied: 250 });
    expect(progress).toEqual([
      { done: 100, total: 250 },
      { done: 200, total: 250 },
      { done: 250, total: 250 },
    ]);
    expect(server.pulls).toEqual([null, '100', '200']);
    expect(await reference.registrationCount()).toBe(250);
    expect(await reference.cursor()).toBe('250');
  });

  it('resumes an interrupted pull from the stored cursor, without gaps or repeats', async () => {
    const { server, reference, deps } = setup(450);
    // Pages 1 and 2 arrive; the request for page 3 (prefetched while page 2 was stored) is lost.
    server.script = ['ok', 'ok', 'drop-request'];
    const first = await pullAll(deps);
    expect(first).toMatchObject({ ok: false, applied: 200, failure: { kind: 'retryable' } });
    expect(await reference.cursor()).toBe('200');

    expect(await pullAll(deps)).toEqual({ ok: true, applied: 250 });
    // The lost request never reached the server; the resumed pull starts at cursor 200.
    expect(server.pulls).toEqual([null, '100', '200', '300', '400']);
    const ids = (await db.registrationChunks.toArray()).flatMap((chunk) => chunk.ids).sort();
    expect(ids).toEqual(Array.from({ length: 450 }, (_, i) => `reg-${i}`).sort());
  });

  it('starts from the stored cursor and sees only newer changes', async () => {
    const { server, reference, deps } = setup(30);
    await pullAll(deps);
    server.feed.push({ entity: 'registration', op: 'delete', key: 'reg-3', data: registration(3) });
    expect(await pullAll(deps)).toEqual({ ok: true, applied: 1 });
    expect(server.pulls).toEqual([null, '30']);
    expect(await reference.registrationCount()).toBe(29);
  });

  it('writes nothing when a poll finds nothing new', async () => {
    const { reference, deps } = setup(30);
    await pullAll(deps);
    const applyChanges = vi.spyOn(reference, 'applyChanges');
    expect(await pullAll(deps)).toEqual({ ok: true, applied: 0 });
    expect(applyChanges).not.toHaveBeenCalled();
  });
});
