// What a verified certificate tells the check-in desk: the holder, and the doses it states as our
// prior doses. A DCC carries only its latest dose (`v` has one entry from schema 1.3.0): `dn` says
// how many came before it, which dose-due.ts reads from the dose number, so one honest entry
// (date, product, number) is enough for the next dose number and interval to come out right.
import { toLocalDate } from '../local-date';
import type { PreviousDose } from '../reference-data';
import { dccTypeOf, type DccType } from './key-usage';
import { EU_VACCINE_CODES } from './vaccine-codes';

export interface ScannedCertificate {
  type: DccType | null;
  /** Family name first, as Vietnamese names are written (and `nam` is ordered). */
  fullName: string;
  /** As precise as the certificate is: YYYY-MM-DD, YYYY-MM, YYYY, or empty. */
  dob: string;
  /** The vaccination entries as prior doses; empty for a test or recovery certificate. */
  doses: PreviousDose[];
  /** The country of vaccination (`co`) of each dose, in the same order. */
  countries: string[];
}

/** The longest text any DCC field holds (schema 1.3.0). */
const MAX_TEXT = 80;
/** A dose number no real schedule reaches (the schema's own bound). */
const MAX_DOSE_NUMBER = 9;

/** Our vaccine code for an EU medicinal product (`mp`); unknown products keep their EU code. */
export function vaccineOfProduct(mp: string): string {
  const known = Object.entries(EU_VACCINE_CODES).find(([, codes]) => codes.mp === mp);
  return known ? known[0] : mp.slice(0, MAX_TEXT);
}

export function scannedCertificate(dcc: Record<string, unknown>): ScannedCertificate {
  const nam = record(dcc.nam);
  const family = text(nam.fn) || text(nam.fnt);
  const given = text(nam.gn) || text(nam.gnt);
  const entries = Array.isArray(dcc.v) ? dcc.v.slice(0, MAX_DOSE_NUMBER).map(record) : [];
  const doses: PreviousDose[] = [];
  const countries: string[] = [];
  for (const entry of entries) {
    const dose = doseOf(entry);
    if (dose) {
      doses.push(dose);
      countries.push(text(entry.co));
    }
  }
  return {
    type: dccTypeOf(dcc) ?? null,
    fullName: [family, given].filter(Boolean).join(' '),
    dob: /^\d{4}(-\d\d){0,2}$/.test(text(dcc.dob)) ? text(dcc.dob) : '',
    doses,
    countries,
  };
}

function doseOf(entry: Record<string, unknown>): PreviousDose | undefined {
  // The schema allows a time after the date (Singapore writes one): the date is what counts here.
  const date = toLocalDate(text(entry.dt).slice(0, 10));
  const dn = entry.dn;
  const product = text(entry.mp);
  if (date === null || product === '') return undefined;
  if (typeof dn !== 'number' || !Number.isInteger(dn) || dn < 1 || dn > MAX_DOSE_NUMBER) {
    return undefined;
  }
  return { date, vaccine: vaccineOfProduct(product), doseNumber: dn };
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.normalize('NFC').trim().slice(0, MAX_TEXT) : '';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
