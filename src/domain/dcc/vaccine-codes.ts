// Our vaccine codes (../vaccines.ts) in the EU DCC value sets, each product with its own
// marketing authorisation holder or manufacturer. Codes checked against
// ehn-dcc-development/eu-dcc-valuesets release 2.12.0 (2023-07-12): vaccine-medicinal-product.json,
// vaccine-mah-manf.json, vaccine-prophylaxis.json and their pairing in
// vaccine-encoding-instructions.json (the SNOMED type listed there for each product).

export interface EuVaccineCodes {
  /** vaccine-prophylaxis.json */
  vp: string;
  /** vaccine-medicinal-product.json */
  mp: string;
  /** vaccine-mah-manf.json */
  ma: string;
}

const MRNA = '1119349007';
const VIRAL_VECTOR = '29061000087103';
const INACTIVATED = '1157024006';
const COVID_19_VACCINE = '28531000087107';

export const EU_VACCINE_CODES: Readonly<Record<string, EuVaccineCodes>> = {
  // Vaxzevria, AstraZeneca AB
  AZ: { vp: VIRAL_VECTOR, mp: 'EU/1/21/1529', ma: 'ORG-100001699' },
  // Comirnaty, BioNTech Manufacturing GmbH
  PF: { vp: MRNA, mp: 'EU/1/20/1528', ma: 'ORG-100030215' },
  // Spikevax, Moderna Biotech Spain S.L.
  MD: { vp: MRNA, mp: 'EU/1/20/1507', ma: 'ORG-100031184' },
  // Vero Cell as used in Vietnam is Sinopharm's BBIBP-CorV, China Sinopharm International
  // Corp. – Beijing location (not the deprecated Inactivated-SARS-CoV-2-Vero-Cell of WIBP).
  VC: { vp: INACTIVATED, mp: 'BBIBP-CorV', ma: 'ORG-100020693' },
  // Sputnik V, Gamaleya Research Institute
  SP: { vp: VIRAL_VECTOR, mp: 'Sputnik-V', ma: 'Gamaleya-Research-Institute' },
  // Hayat-Vax, Gulf Pharmaceutical Industries
  HV: { vp: INACTIVATED, mp: 'Hayat-Vax', ma: 'ORG-100023050' },
  // Abdala, Center for Genetic Engineering and Biotechnology (listed with the generic type only)
  AB: { vp: COVID_19_VACCINE, mp: 'Abdala', ma: 'CIGB' },
  // Covaxin, Bharat Biotech
  CV: { vp: INACTIVATED, mp: 'Covaxin', ma: 'Bharat-Biotech' },
  // Jcovden (COVID-19 Vaccine Janssen), Janssen-Cilag International
  JJ: { vp: VIRAL_VECTOR, mp: 'EU/1/20/1525', ma: 'ORG-100001417' },
};
