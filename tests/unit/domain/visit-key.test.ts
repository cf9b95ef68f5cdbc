import { describe, expect, it } from 'vitest';
import { makeVisitKey, parseVisitKey } from '../../../src/domain/visit-key';

describe('visit keys', () => {
  it('joins and splits site, local date and citizen key', () => {
    const key = makeVisitKey('demo-site', '2026-11-23', '079190123456');
    expect(key).toBe('demo-site:2026-11-23:079190123456');
    expect(parseVisitKey(key)).toEqual({
      siteId: 'demo-site',
      localDate: '2026-11-23',
      citizenKey: '079190123456',
    });
  });

  it.each(['123456789', '079190123456', '01a208cd-7ed8-7133-b4e2-3a1c21ebde66'])(
    'accepts citizen key %s',
    (citizenKey) =>
      expect(parseVisitKey(makeVisitKey('s', '2026-11-23', citizenKey))?.citizenKey).toBe(
        citizenKey,
      ),
  );

  it.each([
    '',
    'demo-site:2026-11-23',
    ':2026-11-23:079190123456',
    'a:b:2026-11-23:079190123456',
    'demo-site:2026-02-30:079190123456',
    'demo-site:23-11-2026:079190123456',
    'demo-site:2026-11-23:07919012345',
    'demo-site:2026-11-23:0791901234567',
    'demo-site:2026-11-23:not-a-uuid',
    'demo-site:2026-11-23:',
  ])('rejects %j', (key) => expect(parseVisitKey(key)).toBeNull());
});
