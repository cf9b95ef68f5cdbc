// Vaccine codes of the FHIR API: every product of the vaccine table maps to a CVX code, and each
// code and display is CVX's own (CDC's CVX table, COVID-19 codes, as published).
import { describe, expect, it } from 'vitest';
import { VACCINES } from '../../../src/domain/vaccines';
import {
  CVX_BY_VACCINE,
  CVX_SYSTEM,
  LOCAL_VACCINE_SYSTEM,
  vaccineCodings,
} from '../../../sync-server/src/fhir/codes';

/** CVX short descriptions, transcribed from CDC's CVX table. */
const CVX_COVID19: Record<string, string> = {
  '207': 'COVID-19, mRNA, LNP-S, PF, 100 mcg/0.5mL dose or 50 mcg/0.25mL dose',
  '208': 'COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose',
  '210': 'COVID-19 vaccine, vector-nr, rS-ChAdOx1, PF, 0.5 mL',
  '211': 'COVID-19, subunit, rS-nanoparticle+Matrix-M1 Adjuvant, PF, 0.5 mL',
  '212': 'COVID-19 vaccine, vector-nr, rS-Ad26, PF, 0.5 mL',
  '213': 'SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED',
  '500': 'COVID-19 Non-US Vaccine, Product Unknown',
  '502': 'COVID-19 IV Non-US Vaccine (COVAXIN)',
  '505': 'COVID-19 VVnr Non-US Vaccine (Sputnik V)',
  '510': 'COVID-19 IV Non-US Vaccine (BIBP, Sinopharm)',
  '511': 'COVID-19 IV Non-US Vaccine (CoronaVac, Sinovac)',
};

describe('CVX mapping', () => {
  it('covers every vaccine of the table, with real CVX codes and displays', () => {
    for (const vaccine of VACCINES) {
      const cvx = CVX_BY_VACCINE[vaccine.code];
      expect(cvx, vaccine.code).toBeDefined();
      expect(CVX_COVID19[cvx?.code ?? '']).toBe(cvx?.display);
    }
    expect(Object.keys(CVX_BY_VACCINE).sort()).toEqual(VACCINES.map((v) => v.code).sort());
  });

  it('names the exact product in the project code system besides CVX', () => {
    expect(vaccineCodings('PF')).toEqual([
      { system: CVX_SYSTEM, code: '208', display: CVX_COVID19['208'] },
      { system: LOCAL_VACCINE_SYSTEM, code: 'PF', display: 'Comirnaty (Pfizer-BioNTech)' },
    ]);
    expect(vaccineCodings('XX')[0]?.code).toBe('213');
  });
});
