import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/domain/canonical-json';
import { createRandom, type Random } from '../../../sync-server/src/seed/random';

/** The definition: JSON.stringify with every object's keys sorted. */
function reference(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
      const sorted = Object.create(null) as Record<string, unknown>;
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }) ?? 'null'
  );
}

/** A random JSON-like value with the awkward parts: undefined, escapes, unicode, -0, NaN. */
function randomValue(random: Random, depth: number): unknown {
  const next = () => random.next();
  const pick = random.int(depth > 3 ? 6 : 8);
  const strings = ['', 'a', 'é', '"q"', 'line\nbreak', '\u0001', '😀', '__proto__', 'Z', 'ä'];
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return [0, -0, 1.5, -7, 1e21, NaN, Infinity, 123456789][Math.floor(next() * 8)];
    case 3:
      return random.pick(strings);
    case 4:
      return undefined;
    case 5:
      return new Date(Math.floor(next() * 2e12));
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(random, depth + 1));
    default: {
      const obj: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 5); i > 0; i--) {
        // Defined, not assigned: an own "__proto__" key, as JSON.parse makes it.
        Object.defineProperty(obj, random.pick(strings), {
          value: randomValue(random, depth + 1),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      return obj;
    }
  }
}

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

  it('spells 5,000 random values exactly as JSON.stringify with sorted keys does', () => {
    const random = createRandom(20261124);
    for (let i = 0; i < 5000; i++) {
      const value = randomValue(random, 0);
      expect(canonicalJson(value)).toBe(reference(value));
    }
  });

  it('handles scalars', () => {
    expect(canonicalJson('x')).toBe('"x"');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
