import { describe, expect, it } from 'vitest';
import { codeIdProblem, isUuid, newId, uuidProblem } from '../../../src/domain/ids';

describe('newId', () => {
  it('makes distinct lowercase UUIDv7s that sort by creation time', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('isUuid', () => {
  it.each([
    '01a208cd-7ed8-7133-b4e2-3a1c21ebde66',
    '123e4567-e89b-12d3-a456-426614174000',
    'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  ])('accepts %s', (s) => expect(isUuid(s)).toBe(true));

  it.each([
    '',
    'not-a-uuid',
    '01a208cd7ed87133b4e23a1c21ebde66',
    '01a208cd-7ed8-7133-b4e2-3a1c21ebde6',
    '01a208cd-7ed8-7133-b4e2-3a1c21ebde66 ',
    '01a208cd-7ed8-0133-b4e2-3a1c21ebde66',
    '01a208cd-7ed8-7133-c4e2-3a1c21ebde66',
    'g1a208cd-7ed8-7133-b4e2-3a1c21ebde66',
    '{01a208cd-7ed8-7133-b4e2-3a1c21ebde66}',
    'F47AC10B-58CC-4372-A567-0E02B2C3D479',
    'f47ac10b-58CC-4372-a567-0e02b2c3d479',
  ])('rejects %j', (s) => expect(isUuid(s)).toBe(false));
});

describe('uuidProblem', () => {
  const CANONICAL = '01a208cd-7ed8-7133-b4e2-3a1c21ebde66';

  it('finds nothing wrong with a canonical UUID', () => {
    expect(uuidProblem(CANONICAL)).toBeUndefined();
  });

  it.each([
    '01A208CD-7ED8-7133-B4E2-3A1C21EBDE66',
    '01a208cd-7ED8-7133-b4e2-3A1C21ebde66',
    '{01a208cd-7ed8-7133-b4e2-3a1c21ebde66}',
    'urn:uuid:01a208cd-7ed8-7133-b4e2-3a1c21ebde66',
    '01a208cd7ed87133b4e23a1c21ebde66',
    ' 01a208cd-7ed8-7133-b4e2-3a1c21ebde66 ',
    '０１a208cd-7ed8-7133-b4e2-3a1c21ebde66',
  ])('refuses %j as not-canonical, naming the canonical spelling', (s) => {
    const problem = uuidProblem(s);
    expect(problem?.code).toBe('not-canonical');
    expect(problem?.message).toContain(CANONICAL);
  });

  it.each(['', 'not-a-uuid', '01a208cd-7ed8-0133-b4e2-3a1c21ebde66', `${CANONICAL}0`])(
    'refuses %j as no UUID at all',
    (s) => expect(uuidProblem(s)?.code).toBe('format'),
  );
});

describe('codeIdProblem (site and staff ids)', () => {
  it.each(['S1', 'demo-site', 'hcm_01.a'])('takes %j', (s) => {
    expect(codeIdProblem(s)).toBeUndefined();
  });

  it.each([
    ['Ｓ１', 'S1'],
    [' S1', 'S1'],
    ['S1\t', 'S1'],
  ])('refuses %j as not-canonical (%s)', (s, canonical) => {
    expect(codeIdProblem(s)).toEqual({
      code: 'not-canonical',
      message: expect.stringContaining(canonical) as string,
    });
  });

  it.each(['', 'S 1', 'S1:x', 'Sĩ', 'x'.repeat(65)])('refuses %j as a format error', (s) => {
    expect(codeIdProblem(s)?.code).toBe('format');
  });
});
