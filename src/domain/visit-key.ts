// visitKey = siteId ':' local date ':' citizenKey (docs/architecture.md §3). Any tablet at the site
// derives the same key for the same citizen on the same day, which is how the server merges a
// visit's steps.
import { idNumberProblem, isIdNumber } from './citizen-id';
import { isCodeId, isUuid, uuidProblem, type IdProblem } from './ids';
import { isLocalDate, type LocalDate } from './local-date';

export interface VisitKeyParts {
  siteId: string;
  localDate: LocalDate;
  citizenKey: string;
}

export function makeVisitKey(siteId: string, localDate: string, citizenKey: string): string {
  return `${siteId}:${localDate}:${citizenKey}`;
}

/** A citizen key is the 12-digit or 9-digit ID number, or a provisional UUID when none is known. */
export function isCitizenKey(s: string): boolean {
  return isIdNumber(s) || isUuid(s);
}

const FORMAT: IdProblem = { code: 'format', message: 'Must be siteId:YYYY-MM-DD:citizenKey' };

/**
 * What is wrong with a visit key, or undefined when parseVisitKey takes it. A citizen key spelt
 * another way (an upper-case UUID, an ID number with spaces) is `not-canonical`, so the same
 * visit is never split in two by spelling.
 */
export function visitKeyProblem(key: string): IdProblem | undefined {
  if (parseVisitKey(key) !== null) return undefined;
  const [siteId = '', localDate = '', citizenKey = '', ...rest] = key.split(':');
  if (rest.length > 0 || !isCodeId(siteId) || !isLocalDate(localDate)) return FORMAT;
  const respelt = [idNumberProblem(citizenKey), uuidProblem(citizenKey)].find(
    (p) => p?.code === 'not-canonical',
  );
  return respelt === undefined
    ? FORMAT
    : { code: 'not-canonical', message: `In the citizen key: ${respelt.message}` };
}

export function parseVisitKey(key: string): VisitKeyParts | null {
  const parts = key.split(':');
  if (parts.length !== 3) return null;
  const [siteId = '', localDate = '', citizenKey = ''] = parts;
  if (!isCodeId(siteId) || !isLocalDate(localDate) || !isCitizenKey(citizenKey)) return null;
  return { siteId, localDate, citizenKey };
}

/** The local date of a visit key already checked by parseVisitKey (the site id has no ':'). */
export function visitDateOf(key: string): string {
  return key.split(':', 2)[1] ?? '';
}
