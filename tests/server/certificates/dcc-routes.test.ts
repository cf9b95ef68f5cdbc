// GET /dcc/trust-list and /dcc/revocation-list: public, in the EU gateway's shapes, cacheable
// with a strong ETag (304 when unchanged), and read afresh so a change shows without a restart.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  certificatesRepo,
  initIssuer,
  revokeSigner,
  rotateSigner,
} from '../../../sync-server/src/certificates';
import { issuerSettings } from '../helpers/dcc-issuer';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
afterEach(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

const UVCI = 'URN:UVCI:01:VN:8F3K2M9QX4B7#Q';
const certificate = (uvci: string, kid: string, issuedAt: Date) => ({
  uvci,
  idNumber: '079080001234',
  kid,
  issuedAt,
  expiresAt: new Date(issuedAt.getTime() + 365 * 86_400_000),
  reason: 'first-issue' as const,
  hc1: `HC1:${uvci}`,
});

describe('/dcc lists', { timeout: 60_000 }, () => {
  it('are public, JSON, and cacheable: a strong ETag, 304 when it matches', async () => {
    t = await createTestApp();
    const empty = await get('/dcc/trust-list');
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ certificates: [] });
    expect(empty.headers['content-type']).toMatch(/^application\/json/);
    expect(empty.headers['cache-control']).toBe('public, no-cache');
    expect(empty.headers['x-content-type-options']).toBe('nosniff');
    const etag = empty.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{32}"$/);

    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('/dcc/trust-list', { 'if-none-match': header });
      expect(again.statusCode, header).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
    }
    expect((await get('/dcc/trust-list', { 'if-none-match': '"other"' })).statusCode).toBe(200);

    const revocations = await get('/dcc/revocation-list');
    expect(revocations.statusCode).toBe(200);
    expect(revocations.json()).toEqual({ hashType: 'UCI', hashes: [], kids: [] });
    expect(revocations.headers.etag).not.toBe(etag);
  });

  it('change in the running app after init, rotate and revoke', async () => {
    t = await createTestApp();
    const settings = issuerSettings(t.dataDir);
    const before = (await get('/dcc/trust-list')).headers.etag as string;

    const first = await initIssuer(t.store, settings, 'ES256', new Date());
    const afterInit = await get('/dcc/trust-list', { 'if-none-match': before });
    expect(afterInit.statusCode).toBe(200);
    expect(afterInit.json<{ certificates: { kid: string }[] }>().certificates).toEqual([
      expect.objectContaining({ kid: first.kid, country: 'VN', certificateType: 'DSC' }),
    ]);

    const second = await rotateSigner(t.store, settings, undefined, new Date());
    const afterRotate = await get('/dcc/trust-list', {
      'if-none-match': afterInit.headers.etag as string,
    });
    expect(afterRotate.statusCode).toBe(200);
    expect(
      afterRotate.json<{ certificates: { kid: string }[] }>().certificates.map((c) => c.kid),
    ).toEqual([first.kid, second.kid]);

    await revokeSigner(t.store, settings, first.kid, 'key leaked', new Date());
    expect((await get('/dcc/revocation-list')).json()).toEqual({
      hashType: 'UCI',
      hashes: [],
      kids: [first.kid],
    });
    // A revoked signer stays in the trust list (the EU way): its kid is refused by the other list.
    const trust = await get('/dcc/trust-list', {
      'if-none-match': afterRotate.headers.etag as string,
    });
    expect(trust.statusCode).toBe(304);
  });

  it('list revoked certificates by their UCI hash, and keep who superseded whom', async () => {
    t = await createTestApp();
    const { kid } = await initIssuer(t.store, issuerSettings(t.dataDir), 'ES256', new Date());
    const repo = certificatesRepo(t.store);
    const next = 'URN:UVCI:01:VN:9A7B5C3D1E2F#K';
    expect(await repo.add(certificate(UVCI, kid, new Date('2026-12-01T00:00:00Z')))).toBe(true);
    // One live certificate per person: a second is refused until the first is revoked.
    expect(await repo.add(certificate(next, kid, new Date('2026-12-02T00:00:00Z')))).toBe(false);
    expect(await repo.revoke(UVCI, new Date(), 'new-dose', next)).toBe(true);
    expect(await repo.revoke(UVCI, new Date(), 'again')).toBe(false);
    expect(await repo.add(certificate(next, kid, new Date('2026-12-02T00:00:00Z')))).toBe(true);

    const expected = createHash('sha256').update(UVCI).digest().subarray(0, 16).toString('base64');
    expect((await get('/dcc/revocation-list')).json()).toEqual({
      hashType: 'UCI',
      hashes: [expected],
      kids: [],
    });
    expect(expected).toHaveLength(24);
    const history = await repo.history('079080001234');
    expect(history.map((c) => [c.uvci, c.revoke_reason, c.superseded_by])).toEqual([
      [next, null, null],
      [UVCI, 'new-dose', next],
    ]);
    // Revoking the key counts what must be re-issued: the live certificate only.
    expect(await repo.countLiveOfKid(kid)).toBe(1);
  });
});
