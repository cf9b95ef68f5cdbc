import { describe, expect, it } from 'vitest';
import {
  checkDccSchema,
  dccFromHistory,
  EU_VACCINE_CODES,
  makeUvci,
  type DccBuild,
} from '../../../../src/domain/dcc';
import type { PreviousDose } from '../../../../src/domain/reference-data';
import { VACCINES } from '../../../../src/domain/vaccines';

const person = { fullName: 'Nguyễn Đức Bảo Duy', dob: '1990-04-30' };
const uvci = makeUvci('01HN/42');
const dose = (date: string, vaccine: string, doseNumber: number): PreviousDose => ({
  date,
  vaccine,
  doseNumber,
});
const entry = (build: DccBuild) => {
  if (!build.ok) throw new Error(build.problem);
  return build.dcc.v[0];
};

describe('dccFromHistory', () => {
  it('certifies the latest dose in a DCC 1.3.0 that passes the schema', () => {
    const build = dccFromHistory(
      person,
      [dose('2021-09-01', 'PF', 2), dose('2021-08-01', 'PF', 1)],
      {
        uvci,
      },
    );
    expect(build).toEqual({
      ok: true,
      dcc: {
        ver: '1.3.0',
        nam: { fn: 'Nguyễn', fnt: 'NGUYEN', gn: 'Đức Bảo Duy', gnt: 'DUC<BAO<DUY' },
        dob: '1990-04-30',
        v: [
          {
            tg: '840539006',
            vp: '1119349007',
            mp: 'EU/1/20/1528',
            ma: 'ORG-100030215',
            dn: 2,
            sd: 2,
            dt: '2021-09-01',
            co: 'VN',
            is: 'Bộ Y tế Việt Nam',
            ci: uvci,
          },
        ],
      },
    });
    expect(build.ok && checkDccSchema(build.dcc).ok).toBe(true);
  });

  it('writes dn/sd as the series in progress, and a booster as n/n', () => {
    const of = (...doses: PreviousDose[]) => {
      const v = entry(dccFromHistory(person, doses, { uvci }));
      return `${v.dn}/${v.sd}`;
    };
    expect(of(dose('2021-08-01', 'AZ', 1))).toBe('1/2');
    expect(of(dose('2021-08-01', 'JJ', 1))).toBe('1/1');
    expect(of(dose('2021-08-01', 'JJ', 1), dose('2022-02-01', 'PF', 2))).toBe('2/2');
    expect(of(dose('2021-08-01', 'AB', 1), dose('2021-08-15', 'AB', 2))).toBe('2/3');
    expect(
      of(dose('2021-08-01', 'AZ', 1), dose('2021-09-01', 'AZ', 2), dose('2022-03-01', 'MD', 3)),
    ).toBe('3/3');
    expect(
      of(
        dose('2021-08-01', 'VC', 1),
        dose('2021-09-01', 'VC', 2),
        dose('2022-03-01', 'PF', 3),
        dose('2022-09-01', 'PF', 4),
      ),
    ).toBe('4/4');
  });

  it('names the product of the latest dose with its own manufacturer', () => {
    const v = entry(
      dccFromHistory(person, [dose('2021-08-01', 'PF', 1), dose('2021-09-01', 'AZ', 2)], { uvci }),
    );
    expect([v.mp, v.ma]).toEqual(['EU/1/21/1529', 'ORG-100001699']);
  });

  it('keeps the date of birth as precise as known, and takes another issuer', () => {
    const build = dccFromHistory({ ...person, dob: '1950' }, [dose('2021-08-01', 'AZ', 1)], {
      uvci,
      issuer: 'Ministry of Health of Viet Nam',
    });
    expect(build.ok && [build.dcc.dob, build.dcc.v[0].is]).toEqual([
      '1950',
      'Ministry of Health of Viet Nam',
    ]);
  });

  it('says why it cannot build a certificate', () => {
    const problem = (p = person, doses = [dose('2021-08-01', 'AZ', 1)], options = { uvci }) => {
      const build = dccFromHistory(p, doses, options);
      return build.ok ? undefined : build.problem;
    };
    expect(problem(person, [])).toMatch(/no dose/);
    expect(problem(person, [dose('2021-08-01', 'XX', 1)])).toMatch(/XX/);
    expect(problem(person, [dose('2021-08-01', 'AZ', 0)])).toMatch(/dose number/);
    expect(problem(person, [dose('01/08/2021', 'AZ', 1)])).toMatch(/date/);
    expect(problem({ ...person, fullName: ' ' })).toMatch(/name/);
    expect(problem({ ...person, dob: '30/04/1990' })).toMatch(/birth/);
    expect(problem(person, undefined, { uvci: 'URN:UVCI:01:VN:42#A' })).toMatch(/UVCI/);
    expect(problem(person, undefined, { uvci, issuer: 'x'.repeat(81) } as never)).toMatch(/issuer/);
  });
});

describe('EU vaccine codes', () => {
  it('maps every vaccine of the table, each product to its own holder', () => {
    expect(Object.keys(EU_VACCINE_CODES).sort()).toEqual(VACCINES.map((v) => v.code).sort());
    const products = Object.values(EU_VACCINE_CODES).map((c) => c.mp);
    const holders = Object.values(EU_VACCINE_CODES).map((c) => c.ma);
    expect(new Set(products).size).toBe(products.length);
    expect(new Set(holders).size).toBe(holders.length);
    // The pairing a real Vietnamese sample got wrong (AstraZeneca's product, BioNTech's holder).
    expect(EU_VACCINE_CODES.AZ).toMatchObject({ mp: 'EU/1/21/1529', ma: 'ORG-100001699' });
  });
});
