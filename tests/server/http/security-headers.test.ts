// Every answer — page, asset, API success and API error — carries the Content-Security-Policy and
// the usual security headers.
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../sync-server/src/http/security-headers';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

describe('security headers', () => {
  it('are on every answer, with a policy that allows no inline script and no framing', async () => {
    t = await createTestApp({ withStatic: true });
    const answers = await Promise.all(
      [
        { method: 'GET' as const, url: '/' },
        { method: 'GET' as const, url: '/assets/index-abc123.js' },
        { method: 'GET' as const, url: '/healthz' },
        { method: 'GET' as const, url: '/api/v1/nothing' },
        { method: 'GET' as const, url: '/api/v1/sync/pull' },
        { method: 'POST' as const, url: '/api/v1/enroll', payload: '{not json' },
      ].map((r) => t!.app.inject({ ...r, headers: { 'content-type': 'application/json' } })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 404, 401, 400]);
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['permissions-policy']).toContain('camera=(self)');
    }
    const policy = CONTENT_SECURITY_POLICY.split('; ');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy.find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
    expect(policy.find((d) => d.startsWith('script-src'))).not.toContain("'unsafe-eval'");
  });
});
