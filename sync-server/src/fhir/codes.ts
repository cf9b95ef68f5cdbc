// Code systems and identifier systems of the FHIR API. Vaccines are coded with CDC CVX, the code
// system FHIR R4 names for vaccines administered (http://hl7.org/fhir/sid/cvx); displays are the
// CVX short descriptions. Products with no CVX code of their own get the nearest published one,
// and every Immunization also carries the project's own code, which names the exact product.
import type { Coding } from 'fhir/r4';
import { vaccineByCode } from '../../../src/domain/vaccines';

export const CVX_SYSTEM = 'http://hl7.org/fhir/sid/cvx';

/**
 * Placeholders until the Ministry publishes official identifier systems for the 12-digit
 * personal ID (CCCD) and the 9-digit old ID (CMND); `.example` is reserved, so they can never
 * collide with a real system.
 */
export const CCCD_SYSTEM = 'https://vax-checkin.example/fhir/sid/cccd';
export const CMND_SYSTEM = 'https://vax-checkin.example/fhir/sid/cmnd';
/** The project's own vaccine codes (src/domain/vaccines.ts). */
export const LOCAL_VACCINE_SYSTEM = 'https://vax-checkin.example/fhir/CodeSystem/vaccine';

export const IDENTIFIER_SYSTEMS = [CCCD_SYSTEM, CMND_SYSTEM] as const;

export function identifierSystemOf(citizenId: string): string {
  return citizenId.length === 12 ? CCCD_SYSTEM : CMND_SYSTEM;
}

interface CvxCode {
  code: string;
  display: string;
}

/** By project vaccine code. Sources: CDC's CVX table and its COVID-19 non-US codes. */
export const CVX_BY_VACCINE: Readonly<Record<string, CvxCode>> = {
  AZ: { code: '210', display: 'COVID-19 vaccine, vector-nr, rS-ChAdOx1, PF, 0.5 mL' },
  // 208 is the original 30 mcg formulation Vietnam received first; the later tris-sucrose
  // presentations (217) are the same product for this record's purposes.
  PF: { code: '208', display: 'COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose' },
  MD: {
    code: '207',
    display: 'COVID-19, mRNA, LNP-S, PF, 100 mcg/0.5mL dose or 50 mcg/0.25mL dose',
  },
  VC: { code: '510', display: 'COVID-19 IV Non-US Vaccine (BIBP, Sinopharm)' },
  SP: { code: '505', display: 'COVID-19 VVnr Non-US Vaccine (Sputnik V)' },
  // Hayat-Vax is Sinopharm's BBIBP-CorV filled in the UAE: the same vaccine as 510.
  HV: { code: '510', display: 'COVID-19 IV Non-US Vaccine (BIBP, Sinopharm)' },
  // Abdala has no CVX code; 500 is CVX's code for a non-US COVID-19 vaccine without one.
  AB: { code: '500', display: 'COVID-19 Non-US Vaccine, Product Unknown' },
  CV: { code: '502', display: 'COVID-19 IV Non-US Vaccine (COVAXIN)' },
  JJ: { code: '212', display: 'COVID-19 vaccine, vector-nr, rS-Ad26, PF, 0.5 mL' },
};

/** A vaccine code no mapping knows (an old record, a product added later): CVX "unspecified". */
const CVX_UNSPECIFIED: CvxCode = {
  code: '213',
  display: 'SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED',
};

export function vaccineCodings(vaccine: string): Coding[] {
  const cvx = CVX_BY_VACCINE[vaccine] ?? CVX_UNSPECIFIED;
  return [
    { system: CVX_SYSTEM, code: cvx.code, display: cvx.display },
    {
      system: LOCAL_VACCINE_SYSTEM,
      code: vaccine,
      display: vaccineByCode(vaccine)?.name ?? vaccine,
    },
  ];
}

export const COVID19_DISEASE: Coding = {
  system: 'http://snomed.info/sct',
  code: '840539006',
  display: 'Disease caused by severe acute respiratory syndrome coronavirus 2 (disorder)',
};

export const ARM_SITE: Readonly<Record<'left' | 'right', Coding>> = {
  left: {
    system: 'http://terminology.hl7.org/CodeSystem/v3-ActSite',
    code: 'LA',
    display: 'left arm',
  },
  right: {
    system: 'http://terminology.hl7.org/CodeSystem/v3-ActSite',
    code: 'RA',
    display: 'right arm',
  },
};

/** Every vaccine of the table is given into the deltoid muscle. */
export const INTRAMUSCULAR: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration',
  code: 'IM',
  display: 'Injection, intramuscular',
};

export const ADMINISTERING_PROVIDER: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/v2-0443',
  code: 'AP',
  display: 'Administering Provider',
};

export const NATIONAL_ID_TYPE: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  code: 'NI',
  display: 'National unique individual identifier',
};
