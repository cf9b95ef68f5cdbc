import { describe, expect, it } from 'vitest';
import { isUuid, newId } from '../../../src/domain/ids';

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
    'F47AC10B-58CC-4372-A567-0E02B2C3D479',
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
  ])('rejects %j', (s) => expect(isUuid(s)).toBe(false));
});
