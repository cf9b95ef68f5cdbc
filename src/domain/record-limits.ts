// Size limits checked over a whole untrusted value before its shape is read. NUL characters are
// refused too: no person types one, and PostgreSQL cannot store or compare text containing them;
// so are lone UTF-16 surrogates (a JSON escape such as \ud800 with no pair), which are no text at
// all: no keyboard makes one, and PostgreSQL refuses them as it does NUL.
import type { FieldError } from './records';

export const MAX_STRING_LENGTH = 2000;
export const MAX_DEPTH = 16;
/** Enough to explain a bad record without letting one record produce a huge answer. */
const MAX_REPORTED = 20;
/** In a `u` regex a surrogate pair is one code point, so only an unpaired half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why `text` cannot be stored, as said of a value and of a key; undefined when it can. */
function unstorable(text: string): { code: string; value: string; key: string } | undefined {
  if (text.includes('\u0000')) {
    return {
      code: 'nul',
      value: 'Contains a NUL character (U+0000)',
      key: 'A key contains a NUL character',
    };
  }
  if (LONE_SURROGATE.test(text)) {
    return {
      code: 'not-unicode',
      value: 'Contains a broken character (an unpaired UTF-16 surrogate)',
      key: 'A key contains a broken character',
    };
  }
  return undefined;
}

export function checkLimits(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  walk(value, null, 0, errors);
  return errors;
}

/** Where a value sits; its dotted path is spelled only when something there is wrong. */
interface Place {
  parent: Place | null;
  key: string;
}

const pathOf = (at: Place | null): string =>
  at === null ? '' : at.parent === null ? at.key : `${pathOf(at.parent)}.${at.key}`;

function walk(v: unknown, at: Place | null, depth: number, errors: FieldError[]): void {
  if (errors.length >= MAX_REPORTED) return;
  if (typeof v === 'string') {
    if (v.length > MAX_STRING_LENGTH) {
      errors.push({
        field: pathOf(at),
        code: 'too-long',
        message: `Longer than ${MAX_STRING_LENGTH} characters`,
      });
    } else {
      const bad = unstorable(v);
      if (bad) errors.push({ field: pathOf(at), code: bad.code, message: bad.value });
    }
    return;
  }
  if (v === null || typeof v !== 'object') return;
  // Recursion stops here, so a maliciously deep object cannot overflow the stack.
  if (depth >= MAX_DEPTH) {
    errors.push({
      field: pathOf(at),
      code: 'too-deep',
      message: `Nested deeper than ${MAX_DEPTH} levels`,
    });
    return;
  }
  for (const key of Object.keys(v)) {
    if (key.length > MAX_STRING_LENGTH) {
      errors.push({ field: pathOf(at), code: 'too-long', message: 'A key is too long' });
    } else {
      const bad = unstorable(key);
      if (bad) errors.push({ field: pathOf(at), code: bad.code, message: bad.key });
      else walk((v as Record<string, unknown>)[key], { parent: at, key }, depth + 1, errors);
    }
    if (errors.length >= MAX_REPORTED) return;
  }
}
