import { describe, expect, it } from 'vitest';
import { makeVisitKey, parseVisitKey, visitKeyProblem } from '../../../src/domain/visit-key';

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
    'demo site:2026-11-23:079190123456',
    'demo-site:2026-11-23:01A208CD-7ED8-7133-B4E2-3A1C21EBDE66',
    'demo-site:2026-11-23:079 190 123 456',
  ])('rejects %j', (key) => expect(parseVisitKey(key)).toBeNull());
});

describe('visitKeyProblem', () => {
  it('finds nothing wrong with a key parseVisitKey takes', () => {
    expect(visitKeyProblem('demo-site:2026-11-23:079190123456')).toBeUndefined();
    expect(visitKeyProblem('S1:2026-11-23:01a208cd-7ed8-7133-b4e2-3a1c21ebde66')).toBeUndefined();
  });

  it.each([
    ['S1:2026-11-23:01A208CD-7ED8-7133-B4E2-3A1C21EBDE66', '01a208cd-7ed8-7133-b4e2-3a1c21ebde66'],
    [
      'S1:2026-11-23:{01a208cd-7ed8-7133-b4e2-3a1c21ebde66}',
      '01a208cd-7ed8-7133-b4e2-3a1c21ebde66',
    ],
    ['S1:2026-11-23:079 190 123 456', '079190123456'],
    ['S1:2026-11-23:０７９１９０１２３４５６', '079190123456'],
  ])('calls %j not-canonical, naming %s', (key, canonical) => {
    const problem = visitKeyProblem(key);
    expect(problem?.code).toBe('not-canonical');
    expect(problem?.message).toContain(canonical);
  });

  it.each(['', 'S1:2026-11-23', 'S 1:2026-11-23:079190123456', 'S1:2026-11-23:not-a-uuid'])(
    'calls %j a format error',
    (key) => expect(visitKeyProblem(key)?.code).toBe('format'),
  );
});
