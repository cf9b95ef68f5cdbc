// The EU DCC 1.3.0 of a person's latest dose, from the dose history the platform derives.
import type { PreviousDose } from '../reference-data';
import { vaccineByCode } from '../vaccines';
import { dccName, type DccName } from './dcc-name';
import { hasValidUvciCheck } from './uvci';
import { EU_VACCINE_CODES } from './vaccine-codes';

export const DCC_VERSION = '1.3.0';
/** SNOMED CT 840539006: COVID-19. */
export const COVID_19 = '840539006';
export const DEFAULT_ISSUER = 'Bộ Y tế Việt Nam';

export interface VaccinationEntry {
  tg: string;
  vp: string;
  mp: string;
  ma: string;
  dn: number;
  sd: number;
  dt: string;
  co: string;
  is: string;
  ci: string;
}

export interface VaccinationDcc {
  ver: string;
  nam: DccName;
  dob: string;
  v: [VaccinationEntry];
}

export interface DccPerson {
  fullName: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY: as precise as known. */
  dob: string;
}

export interface DccOptions {
  /** The certificate's UVCI with its check character (makeUvci). */
  uvci: string;
  /** The issuing authority (`is`, at most 80 characters). */
  issuer?: string;
}

export type DccBuild = { ok: true; dcc: VaccinationDcc } | { ok: false; problem: string };

export function dccFromHistory(
  person: DccPerson,
  doses: readonly Pick<PreviousDose, 'date' | 'vaccine' | 'doseNumber'>[],
  options: DccOptions,
): DccBuild {
  const issuer = (options.issuer ?? DEFAULT_ISSUER).normalize('NFC');
  if (issuer.length === 0 || issuer.length > 80) return fail('The issuer is 1–80 characters.');
  if (!hasValidUvciCheck(options.uvci) || options.uvci.length > 80) {
    return fail('The UVCI is not a UVCI with its check character (makeUvci).');
  }
  const nam = dccName(person.fullName);
  if (!nam) return fail('The name has no letters to write on a certificate.');
  if (!/^(19|20)\d\d(-\d\d){0,2}$/.test(person.dob))
    return fail('The date of birth is not a date.');
  if (doses.length === 0) return fail('There is no dose to certify.');
  const byDate = [...doses].sort(
    (a, b) => a.date.localeCompare(b.date) || a.doseNumber - b.doseNumber,
  );
  const latest = byDate[byDate.length - 1]!;
  const codes = EU_VACCINE_CODES[latest.vaccine];
  const series = vaccineByCode(byDate[0]!.vaccine)?.seriesLength;
  if (!codes || series === undefined) return fail(`Vaccine ${latest.vaccine} has no EU code.`);
  if (!Number.isInteger(latest.doseNumber) || latest.doseNumber < 1) {
    return fail('The latest dose has no dose number.');
  }
  if (!/^\d{4}-\d\d-\d\d$/.test(latest.date)) return fail('The latest dose has no date.');
  // Within the primary series dn/sd is the dose over the series length (1/2, 2/2). A booster
  // after a complete series is dn = sd = its dose number (3/3 after two doses, 2/2 after
  // Janssen), as the eHealth Network's guidance of December 2021 asks.
  const dn = latest.doseNumber;
  const sd = dn <= series ? series : dn;
  const entry: VaccinationEntry = {
    tg: COVID_19,
    ...codes,
    dn,
    sd,
    dt: latest.date,
    co: 'VN',
    is: issuer,
    ci: options.uvci,
  };
  return { ok: true, dcc: { ver: DCC_VERSION, nam, dob: person.dob, v: [entry] } };
}

function fail(problem: string): DccBuild {
  return { ok: false, problem };
}
