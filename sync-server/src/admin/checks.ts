// Input checks shared by the admin commands; each throws AdminError naming the option.
import { DATE_PROBLEM_TEXT, readLocalDate, type LocalDate } from '../../../src/domain/local-date';
import type { Store } from '../store/store';
import { AdminError } from './admin-error';

export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new AdminError(`--${option} is required`);
  return value.trim();
}

/** Site ids become part of visit keys (`site:date:citizen`), so no colons or spaces. */
export function siteId(value: string | undefined): string {
  const id = required(value, 'site');
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id)) {
    throw new AdminError('a site id is 1-64 letters, digits, dots, dashes or underscores');
  }
  return id;
}

export function isoDate(value: string | undefined, option: string): LocalDate {
  const date = required(value, option);
  const reading = readLocalDate(date);
  if (!reading.ok) {
    const why = DATE_PROBLEM_TEXT[reading.problem];
    throw new AdminError(`--${option} must be a date YYYY-MM-DD, got "${date}" (${why})`);
  }
  return reading.date;
}

export function positiveNumber(
  value: string | undefined,
  option: string,
  options: { integer?: boolean; fallback?: number } = {},
): number {
  if (value === undefined && options.fallback !== undefined) return options.fallback;
  const n = Number(required(value, option));
  if (!Number.isFinite(n) || n <= 0 || (options.integer && !Number.isInteger(n))) {
    const what = options.integer ? 'a whole number above 0' : 'a number above 0';
    throw new AdminError(`--${option} must be ${what}, got "${value}"`);
  }
  return n;
}

export function oneOf<T extends string>(
  value: string | undefined,
  option: string,
  allowed: readonly T[],
): T {
  const v = required(value, option);
  const found = allowed.find((a) => a === v);
  if (!found) throw new AdminError(`--${option} must be one of ${allowed.join(', ')}, got "${v}"`);
  return found;
}

/** The id of a site that exists. */
export async function existingSite(store: Store, value: string | undefined): Promise<string> {
  const id = siteId(value);
  if (!(await store.sites.get(id)))
    throw new AdminError(`no site "${id}"; create it with site:create`);
  return id;
}
