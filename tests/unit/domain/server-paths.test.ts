// The one list of paths the server owns (the service worker and the app fallback leave them to it).
import { expect, it } from 'vitest';
import { isServerPath } from '../../../src/domain/server-paths';

it.each([
  ['/reports', true],
  ['/reports?from=2026-11-01&format=csv&table=by-site', true],
  ['/reports/sign-in?next=%2Freports', true],
  ['/fhir/r4/metadata', true],
  ['/api/v1/sync/pull', true],
  ['/healthz', true],
  ['/dcc/trust-list', true],
  ['/dcc/revocation-list', true],
  ['/dccx', false],
  ['/certificate', true],
  ['/certificate/certificate.css', true],
  ['/certificates', false],
  ['/', false],
  ['/station/screening', false],
  ['/reportsx', false],
  ['/index.html', false],
])('isServerPath(%j) is %s', (url, owned) => {
  expect(isServerPath(url)).toBe(owned);
});
