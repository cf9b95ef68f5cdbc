// Search parameters of the API. Anything the API does not support is refused (400) rather than
// ignored: an ignored filter would answer a different question than the one asked.
import { isIdNumber } from '../../../src/domain/citizen-id';
import { CCCD_SYSTEM, CMND_SYSTEM } from './codes';

export type Params<K extends string> =
  { ok: true; params: Partial<Record<K, string>> } | { ok: false; message: string };

/** The query's parameters, each given at most once, all of them among `allowed`. */
export function searchParams<K extends string>(query: unknown, allowed: readonly K[]): Params<K> {
  const params: Partial<Record<K, string>> = {};
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (!(allowed as readonly string[]).includes(name)) {
      return {
        ok: false,
        message: `Unsupported search parameter ${name}; supported: ${allowed.join(', ')}`,
      };
    }
    if (typeof value !== 'string' || value === '') {
      return { ok: false, message: `Search parameter ${name} must be given once, with a value` };
    }
    params[name as K] = value;
  }
  return { ok: true, params };
}

const DIGITS_OF: Record<string, RegExp> = {
  [CCCD_SYSTEM]: /^\d{12}$/,
  [CMND_SYSTEM]: /^\d{9}$/,
};

/**
 * The ID number a token (`system|value` or a bare `value`) can match, or undefined when it can
 * match no one: an unknown system, a value that is no ID number, or `|value` (no system; every
 * ID number here has one).
 */
export function citizenIdOfToken(token: string): string | undefined {
  const bar = token.indexOf('|');
  const value = bar < 0 ? token : token.slice(bar + 1);
  if (bar < 0) return isIdNumber(value) ? value : undefined;
  const pattern = DIGITS_OF[token.slice(0, bar)];
  return pattern?.test(value) ? value : undefined;
}

/** The Patient id a reference (`Patient/<id>`, a full URL ending so, or a bare id) names. */
export function patientIdOfReference(reference: string): string | undefined {
  return /^(?:(?:.*\/)?Patient\/)?([A-Za-z0-9\-.]{1,64})$/.exec(reference)?.[1];
}
