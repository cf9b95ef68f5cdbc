// COVID-19 vaccines used in Vietnam (docs/architecture.md §6). `code` is what records, lots and
// previous doses carry. Vial figures come from the products' labels / WHO EUL sheets and drive
// open-vial timers.

export interface Vaccine {
  code: string;
  name: string;
  /** Doses in the primary series. */
  seriesLength: number;
  /** Minimum days between primary doses; 0 for a single-dose series. */
  minIntervalDays: number;
  dosesPerVial: number;
  /** How long an opened (punctured or reconstituted) vial may be used. */
  openedVialHours: number;
}

export const BOOSTER_MIN_MONTHS = 6;

export const VACCINES: readonly Vaccine[] = [
  {
    code: 'AZ',
    name: 'AstraZeneca (Vaxzevria)',
    seriesLength: 2,
    minIntervalDays: 28,
    dosesPerVial: 10,
    openedVialHours: 6,
  },
  {
    code: 'PF',
    name: 'Comirnaty (Pfizer-BioNTech)',
    seriesLength: 2,
    minIntervalDays: 21,
    dosesPerVial: 6,
    openedVialHours: 6,
  },
  {
    code: 'MD',
    name: 'Spikevax (Moderna)',
    seriesLength: 2,
    minIntervalDays: 28,
    dosesPerVial: 10,
    openedVialHours: 12,
  },
  {
    code: 'VC',
    name: 'Vero Cell (Sinopharm)',
    seriesLength: 2,
    minIntervalDays: 21,
    dosesPerVial: 1,
    openedVialHours: 1,
  },
  {
    code: 'SP',
    name: 'Sputnik V (Gamaleya)',
    seriesLength: 2,
    minIntervalDays: 21,
    dosesPerVial: 5,
    openedVialHours: 2,
  },
  {
    code: 'HV',
    name: 'Hayat-Vax (Gulf Pharmaceutical)',
    seriesLength: 2,
    minIntervalDays: 21,
    dosesPerVial: 1,
    openedVialHours: 1,
  },
  {
    code: 'AB',
    name: 'Abdala (CIGB)',
    seriesLength: 3,
    minIntervalDays: 14,
    dosesPerVial: 10,
    openedVialHours: 6,
  },
  {
    code: 'CV',
    name: 'Covaxin (Bharat Biotech)',
    seriesLength: 2,
    minIntervalDays: 28,
    dosesPerVial: 10,
    openedVialHours: 6,
  },
  {
    code: 'JJ',
    name: 'Janssen (Johnson & Johnson)',
    seriesLength: 1,
    minIntervalDays: 0,
    dosesPerVial: 5,
    openedVialHours: 6,
  },
];

const BY_CODE = new Map(VACCINES.map((v) => [v.code, v]));

export function vaccineByCode(code: string): Vaccine | undefined {
  return BY_CODE.get(code);
}

/**
 * What is wrong with `code` as the vaccine of a dose, or undefined when it is in the table. A
 * made-up product would be counted as doses in every report, so it is refused, as is a known
 * code spelt another way (`pf` for `PF`), which would be counted apart.
 */
export function vaccineCodeProblem(code: string): { code: string; message: string } | undefined {
  if (BY_CODE.has(code)) return undefined;
  const canonical = code.normalize('NFKC').trim().toUpperCase();
  if (BY_CODE.has(canonical)) {
    return {
      code: 'not-canonical',
      message: `Vaccine codes are written in capitals: ${canonical}`,
    };
  }
  const known = VACCINES.map((v) => v.code).join(', ');
  return { code: 'unknown-vaccine', message: `Not a vaccine of the table; one of ${known}` };
}
