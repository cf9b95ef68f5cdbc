// The certificate lists' pull: stored in IndexedDB with their ETag, revalidated with
// If-None-Match after DCC_LISTS_MAX_AGE_MS, and a bad or failed answer never replaces a good list.
import { afterEach, describe, expect, it } from 'vitest';
import { DccListRepository } from '../../../src/data/dcc-list-repo';
import type { VaxDb } from '../../../src/data/db';
import {
  createDccListsPuller,
  DCC_LISTS_MAX_AGE_MS,
  DCC_LISTS_RETRY_MS,
  pullDccLists,
} from '../../../src/sync/dcc-lists-pull';
import { freshDb } from '../data/fixtures';

const SERVER = 'https://vax.example/';
const KID = 'AAECAwQFBgc=';
const TRUST = JSON.stringify({
  certificates: [{ kid: KID, country: 'VN', certificateType: 'DSC', rawData: 'MIIB' }],
});
const REVOCATION = JSON.stringify({ hashType: 'UCI', hashes: [], kids: [] });

interface Seen {
  url: string;
  ifNoneMatch: string | null;
}

/** A server answering each list from `bodies` with an ETag per body, 304 when it matches. */
function fakeServer(bodies: Record<string, string | number | Error>) {
  const seen: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
    seen.push({ url, ifNoneMatch });
    const body = bodies[url.slice(url.lastIndexOf('/') + 1)];
    if (body instanceof Error) throw body;
    if (typeof body === 'number') return new Response('down', { status: body });
    const etag = `"${body!.length}"`;
    if (ifNoneMatch === etag) return new Response(null, { status: 304, headers: { etag } });
    return new Response(body, { status: 200, headers: { etag } });
  };
  return { seen, fetch: fetch as typeof globalThis.fetch };
}

let db: VaxDb;
afterEach(() => db.delete());

function setup(bodies: Record<string, string | number | Error>, start = '2026-12-07T08:00:00Z') {
  db = freshDb();
  const store = new DccListRepository(db);
  const server = fakeServer(bodies);
  const clock = { now: new Date(start) };
  const deps = { store, fetch: server.fetch, now: () => clock.now };
  return { store, server, clock, deps };
}

describe('pullDccLists', () => {
  it('stores both lists from the server root with their ETags', async () => {
    const { store, server, deps } = setup({ 'trust-list': TRUST, 'revocation-list': REVOCATION });
    const outcome = await pullDccLists(deps, SERVER);
    expect(outcome).toEqual({ 'trust-list': 'stored', 'revocation-list': 'stored' });
    expect(server.seen.map((s) => s.url).sort()).toEqual([
      'https://vax.example/dcc/revocation-list',
      'https://vax.example/dcc/trust-list',
    ]);
    expect(server.seen.every((s) => s.ifNoneMatch === null)).toBe(true);
    expect(await store.get('trust-list')).toEqual({
      name: 'trust-list',
      json: TRUST,
      etag: `"${TRUST.length}"`,
      checkedAt: '2026-12-07T08:00:00.000Z',
    });
  });

  it('asks nothing while the lists are fresh, then revalidates with If-None-Match (304)', async () => {
    const { store, server, clock, deps } = setup({
      'trust-list': TRUST,
      'revocation-list': REVOCATION,
    });
    await pullDccLists(deps, SERVER);
    clock.now = new Date(clock.now.getTime() + DCC_LISTS_MAX_AGE_MS - 1000);
    expect(await pullDccLists(deps, SERVER)).toEqual({
      'trust-list': 'fresh',
      'revocation-list': 'fresh',
    });
    expect(server.seen).toHaveLength(2);

    clock.now = new Date(clock.now.getTime() + 2000);
    expect(await pullDccLists(deps, SERVER)).toEqual({
      'trust-list': 'unchanged',
      'revocation-list': 'unchanged',
    });
    expect(
      server.seen
        .slice(2)
        .map((s) => s.ifNoneMatch)
        .sort(),
    ).toEqual([`"${REVOCATION.length}"`, `"${TRUST.length}"`]);
    const trust = await store.get('trust-list');
    expect(trust?.json).toBe(TRUST);
    expect(trust?.checkedAt).toBe(clock.now.toISOString());
  });

  it('asks again for fresh lists when told to revalidate (an unknown signer was scanned)', async () => {
    const { server, deps } = setup({ 'trust-list': TRUST, 'revocation-list': REVOCATION });
    await pullDccLists(deps, SERVER);
    expect(await pullDccLists(deps, SERVER, { revalidate: true })).toEqual({
      'trust-list': 'unchanged',
      'revocation-list': 'unchanged',
    });
    expect(server.seen.slice(2).every((s) => s.ifNoneMatch !== null)).toBe(true);
  });

  it.each([
    ['a server error', 503],
    ['a network failure', new TypeError('fetch failed')],
    ['text that is not JSON', '<html>proxy login</html>'],
    ['JSON of another shape', '{"certificates":"all"}'],
    ['a list none of whose signers reads', '{"certificates":[{"kid":"x","rawData":1}]}'],
  ])('keeps the stored trust list after %s', async (_, answer) => {
    const { store, deps } = setup({ 'trust-list': TRUST, 'revocation-list': REVOCATION });
    await pullDccLists(deps, SERVER);
    const bodies = { 'trust-list': answer, 'revocation-list': REVOCATION };
    const later = new Date(Date.parse('2026-12-07T08:00:00Z') + DCC_LISTS_MAX_AGE_MS + 1);
    const broken = { ...deps, fetch: fakeServer(bodies).fetch, now: () => later };
    const outcome = await pullDccLists(broken, SERVER);
    expect(outcome['trust-list']).toBe('failed');
    expect(outcome['revocation-list']).toBe('unchanged');
    expect((await store.get('trust-list'))?.json).toBe(TRUST);
  });

  it('refuses a revocation list that is not of the UCI kind', async () => {
    const { store, deps } = setup({
      'trust-list': TRUST,
      'revocation-list': '{"hashType":"SIGNATURE","hashes":[]}',
    });
    expect((await pullDccLists(deps, SERVER))['revocation-list']).toBe('failed');
    expect(await store.get('revocation-list')).toBeUndefined();
  });
});

describe('createDccListsPuller', () => {
  it('shares a pull in progress and, after a failure, waits DCC_LISTS_RETRY_MS', async () => {
    const { server, clock, deps } = setup({ 'trust-list': 503, 'revocation-list': REVOCATION });
    const pull = createDccListsPuller(deps);
    await Promise.all([pull(SERVER), pull(SERVER)]);
    expect(server.seen).toHaveLength(2);
    await pull(SERVER);
    expect(server.seen).toHaveLength(2);
    clock.now = new Date(clock.now.getTime() + DCC_LISTS_RETRY_MS + 1);
    await pull(SERVER);
    // The revocation list is fresh; only the failed trust list is asked for again.
    expect(server.seen.map((s) => s.url.endsWith('trust-list'))).toEqual([true, false, true]);
  });
});
