// Size limits checked over a whole untrusted value before its shape is read. The walk is
// iterative so a maliciously deep object cannot overflow the stack. NUL characters are refused
// too: no person types one, and PostgreSQL cannot store or compare text containing them.
import type { FieldError } from './records';

export const MAX_STRING_LENGTH = 2000;
export const MAX_DEPTH = 16;
/** Enough to explain a bad record without letting one record produce a huge answer. */
const MAX_REPORTED = 20;

export function checkLimits(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0 && errors.length < MAX_REPORTED) {
    const item = stack.pop();
    if (item === undefined) break;
    const { value: v, path, depth } = item;
    if (typeof v === 'string' && v.length > MAX_STRING_LENGTH) {
      errors.push({
        field: path,
        code: 'too-long',
        message: `Longer than ${MAX_STRING_LENGTH} characters`,
      });
    } else if (typeof v === 'string' && v.includes('\u0000')) {
      errors.push({ field: path, code: 'nul', message: 'Contains a NUL character (U+0000)' });
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_DEPTH) {
        errors.push({
          field: path,
          code: 'too-deep',
          message: `Nested deeper than ${MAX_DEPTH} levels`,
        });
        continue;
      }
      for (const [key, child] of Object.entries(v)) {
        if (key.length > MAX_STRING_LENGTH) {
          errors.push({ field: path, code: 'too-long', message: 'A key is too long' });
          continue;
        }
        if (key.includes('\u0000')) {
          errors.push({ field: path, code: 'nul', message: 'A key contains a NUL character' });
          continue;
        }
        stack.push({ value: child, path: path === '' ? key : `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
  return errors;
}
