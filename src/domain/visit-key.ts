// visitKey = siteId ':' local date ':' citizenKey (DESIGN §3). Any tablet at the site derives the
// same key for the same citizen on the same day, which is how the server merges a visit's steps.
import { isUuid } from './ids';
import { isLocalDate, type LocalDate } from './local-date';

export interface VisitKeyParts {
  siteId: string;
  localDate: LocalDate;
  citizenKey: string;
}

const CITIZEN_ID = /^(\d{12}|\d{9})$/;

export function makeVisitKey(siteId: string, localDate: string, citizenKey: string): string {
  return `${siteId}:${localDate}:${citizenKey}`;
}

/** A citizen key is the 12-digit or 9-digit ID number, or a provisional UUID when none is known. */
export function isCitizenKey(s: string): boolean {
  return CITIZEN_ID.test(s) || isUuid(s);
}

export function parseVisitKey(key: string): VisitKeyParts | null {
  const parts = key.split(':');
  if (parts.length !== 3) return null;
  const [siteId = '', localDate = '', citizenKey = ''] = parts;
  if (siteId === '' || !isLocalDate(localDate) || !isCitizenKey(citizenKey)) return null;
  return { siteId, localDate, citizenKey };
}

/** The local date of a visit key already checked by parseVisitKey (the site id has no ':'). */
export function visitDateOf(key: string): string {
  return key.split(':', 2)[1] ?? '';
}
