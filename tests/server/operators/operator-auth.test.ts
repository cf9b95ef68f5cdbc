// Operator sign-in and the requireOperator hook: cookie sessions for pages, bearer tokens
// for scripts, one answer for a wrong password and an unknown user, and a limit on guessing.
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readCookie,
  requireOperator,
  safeNext,
  sessionCookie,
} from '../../../sync-server/src/operators/operator-auth';
import { SIGN_IN_LIMITS } from '../../../sync-server/src/operators/sign-in-limits';
import { addOperator, getAs, nextAddress, PASSWORD, signInCookie } from '../helpers/operators';
import { createTestApp, enrollDevice, type TestApp } from '../helpers/test-app';
import { operatorsRepo } from '../../../sync-server/src/operators/operators-repo';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await addOperator(t, 'nat', { kind: 'national' });
});
afterEach(() => t.close());

const form = (body: Record<string, string>, remoteAddress = nextAddress()) =>
  t.app.inject({
    method: 'POST',
    url: '/reports/sign-in',
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(body).toString(),
  });

const api = (body: Record<string, string>, remoteAddress = nextAddress()) =>
  t.app.inject({ method: 'POST', url: '/api/v1/operator/sign-in', remoteAddress, payload: body });

describe('report pages need a signed-in operator', () => {
  it('sends a stranger to the sign-in form, remembering the page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/reports/quality?from=2026-11-01' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(
      `/reports/sign-in?next=${encodeURIComponent('/reports/quality?from=2026-11-01')}`,
    );
  });

  it('serves the sign-in form and stylesheet to anyone', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/reports/sign-in' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<label for="password">Mật khẩu</label>');
    const css = await t.app.inject({ method: 'GET', url: '/reports/reports.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
  });

  it('does not take a device token for an operator', async () => {
    const device = await enrollDevice(t);
    const res = await t.app.inject({ method: 'GET', url: '/reports', headers: device.headers });
    expect(res.statusCode).toBe(303);
  });
});

describe('sign-in form', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and goes to the page asked for', async () => {
    const res = await form({ username: 'nat', password: PASSWORD, next: '/reports/quality' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/reports/quality');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^vax_operator=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('Max-Age=43200');
    expect(cookie).not.toContain('Secure'); // plain http here; see sessionCookie below
    const page = await getAs(t, cookie.split(';')[0]!, '/reports');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Operator nat');
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await signInCookie(t, 'nat');
    const token = cookie.split('=')[1]!;
    const dump = JSON.stringify(await operatorsRepo(t.store).forSignIn('nat'));
    expect(dump).not.toContain(token);
    expect(await operatorsRepo(t.store).bySession(token, new Date())).toMatchObject({ id: 'nat' });
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await form({ username: 'nat', password: 'nope' });
    const unknown = await form({ username: 'nobody', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    for (const res of [wrong, unknown]) {
      expect(res.body).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    expect(wrong.body.replace('value="nat"', '')).toBe(unknown.body.replace('value="nobody"', ''));
  });

  it('never redirects off the reports after sign-in', async () => {
    for (const next of ['https://evil.example/', '//evil.example/reports', '/api/v1/sync/pull']) {
      const res = await form({ username: 'nat', password: PASSWORD, next });
      expect(res.headers.location).toBe('/reports');
    }
    expect(safeNext('/reports?from=2026-01-01')).toBe('/reports?from=2026-01-01');
  });

  it('limits tries per address, with Retry-After and a message on the page', async () => {
    const from = nextAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.address.free; i++) {
      expect((await form({ username: `u${i}`, password: 'x' }, from)).statusCode).toBe(401);
    }
    const res = await form({ username: 'nat', password: PASSWORD }, from);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body).toMatch(/Thử quá nhiều lần\. Vui lòng thử lại sau \d+ giây\./);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('limits tries per address and username, but not per username alone', async () => {
    const from = nextAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.account.free; i++) {
      expect((await form({ username: 'nat', password: 'guess' }, from)).statusCode).toBe(401);
    }
    expect((await api({ username: 'NAT', password: PASSWORD }, from)).statusCode).toBe(429);
    // Guesses from elsewhere do not lock the owner out (see sign-in-limits.test.ts).
    expect((await api({ username: 'nat', password: PASSWORD })).statusCode).toBe(200);
  });

  it('signs out: the session no longer opens a page', async () => {
    const cookie = await signInCookie(t, 'nat');
    const out = await t.app.inject({
      method: 'POST',
      url: '/reports/sign-out',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(303);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await getAs(t, cookie, '/reports')).statusCode).toBe(303);
  });
});

describe('JSON sign-in for scripts', () => {
  it('gives a bearer token that opens the reports until it expires', async () => {
    const res = await api({ username: 'nat', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const { token, expiresAt } = res.json<{ token: string; expiresAt: string }>();
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const page = await t.app.inject({
      method: 'GET',
      url: '/reports',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(page.statusCode).toBe(200);
    const later = new Date(Date.parse(expiresAt) + 1000);
    expect(await operatorsRepo(t.store).bySession(token, later)).toBeUndefined();
  });

  it('answers 401 JSON alike for a wrong password and an unknown user', async () => {
    const wrong = await api({ username: 'nat', password: 'nope' });
    const unknown = await api({ username: 'ghost', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ error: 'unauthorized' });
    expect((await api({ username: 'nat' })).statusCode).toBe(400);
  });
});

describe('requireOperator in api mode', () => {
  it('answers 401 JSON without a token and sets request.operator with one', async () => {
    const app = Fastify();
    await app.register(async (scoped) => {
      requireOperator(scoped, t.store, 'api');
      scoped.get('/who', async (request) => request.operator);
    });
    const none = await app.inject({ method: 'GET', url: '/who' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: 'unauthorized' });
    const bad = await app.inject({
      method: 'GET',
      url: '/who',
      headers: { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(bad.statusCode).toBe(401);
    const { token } = (await api({ username: 'nat', password: PASSWORD })).json<{
      token: string;
    }>();
    const ok = await app.inject({
      method: 'GET',
      url: '/who',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ok.json()).toEqual({ id: 'nat', name: 'Operator nat', scope: { kind: 'national' } });
    await app.close();
  });
});

describe('cookie helpers', () => {
  it('marks the cookie Secure over HTTPS and reads it back', () => {
    expect(sessionCookie('abc', 60, true)).toContain('; Secure');
    expect(readCookie('a=1; vax_operator=tok; b=2', 'vax_operator')).toBe('tok');
    expect(readCookie('xvax_operator=tok', 'vax_operator')).toBeUndefined();
  });
});
