// Input checks shared by the admin commands; each throws AdminError naming the option.
import { districtCodeProblem } from '../../../src/domain/district-code';
import { codeIdProblem, uuidProblem } from '../../../src/domain/ids';
import { DATE_PROBLEM_TEXT, readLocalDate, type LocalDate } from '../../../src/domain/local-date';
import { vaccineCodeProblem } from '../../../src/domain/vaccines';
import type { Store } from '../store/store';
import { AdminError } from './admin-error';
import { sitesRepo } from '../store/repos/sites';

export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new AdminError(`--${option} is required`);
  return value.trim();
}

/** The value of `--option`, which `problem` must find nothing wrong with. */
function checkedId(
  value: string | undefined,
  option: string,
  problem: (s: string) => { code: string; message: string } | undefined,
): string {
  const id = required(value, option);
  const found = problem(id);
  if (found !== undefined) throw new AdminError(`--${option} "${id}": ${found.message}`);
  return id;
}

/** Site, staff and lot ids are compared as text (site ids also sit in visit keys): one spelling. */
export const codeId = (value: string | undefined, option: string): string =>
  checkedId(value, option, codeIdProblem);

export const siteId = (value: string | undefined): string => codeId(value, 'site');

/** A site's district: its 3-digit code in Vietnam's administrative units. */
export const districtCode = (value: string | undefined): string =>
  checkedId(value, 'district', districtCodeProblem);

/** Device ids are the server's UUIDs, as `device:list` prints them. */
export const deviceId = (value: string | undefined): string =>
  checkedId(value, 'device', uuidProblem);

export const vaccineCode = (value: string | undefined): string =>
  checkedId(value, 'vaccine', vaccineCodeProblem);

/**
 * Refuses a new id that equals a stored one but for letter case: the store compares ids exactly,
 * so `S1` and `s1` would be two sites (or staff, or lots) to the system and one to people.
 */
export function refuseCaseTwin(what: string, id: string, stored: string | undefined): void {
  if (stored !== undefined && stored !== id) {
    throw new AdminError(`${what} "${stored}" already exists; use that spelling, not "${id}"`);
  }
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
  if (!(await sitesRepo(store).get(id)))
    throw new AdminError(`no site "${id}"; create it with site:create`);
  return id;
}
