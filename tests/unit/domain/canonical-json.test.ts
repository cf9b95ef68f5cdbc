import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/canonical-json';

describe('canonicalJson', () => {
  it('spells objects with keys in any order the same way, recursively', () => {
    const a = { b: 1, a: { z: [3, { y: 1, x: 2 }], c: 'é' } };
    const b = { a: { c: 'é', z: [3, { x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"é","z":[3,{"x":2,"y":1}]},"b":1}');
  });

  it('keeps array order and tells different content apart', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
  });

  it('drops undefined members like JSON does, so a parsed copy compares equal', () => {
    const value = { a: undefined, b: [undefined], c: 1 };
    expect(canonicalJson(value)).toBe('{"b":[null],"c":1}');
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('keeps a "__proto__" key from parsed JSON as data', () => {
    const parsed: unknown = JSON.parse('{"__proto__":{"x":1},"a":2}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('handles scalars', () => {
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
