// What the desk takes from a verified DCC: the holder, and its one dose as a prior dose with our
// vaccine code (reverse of EU_VACCINE_CODES) and its number; anything malformed gives no dose.
import { describe, expect, it } from 'vitest';
import {
  scannedCertificate,
  vaccineOfProduct,
} from '../../../../src/domain/dcc/scanned-certificate';
import { EU_VACCINE_CODES } from '../../../../src/domain/dcc/vaccine-codes';

const entry = (extra: Record<string, unknown> = {}) => ({
  tg: '840539006',
  vp: '1119349007',
  mp: 'EU/1/20/1528',
  ma: 'ORG-100030215',
  dn: 3,
  sd: 3,
  dt: '2022-03-01',
  co: 'DE',
  is: 'Robert Koch-Institut',
  ci: 'URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#W',
  ...extra,
});
const dcc = (v: unknown[], dob = '1964-08-12') => ({
  ver: '1.3.0',
  nam: { fn: 'Mustermann', fnt: 'MUSTERMANN', gn: 'Erika', gnt: 'ERIKA' },
  dob,
  v,
});

describe('scannedCertificate', () => {
  it('gives the holder and the latest dose with its number', () => {
    expect(scannedCertificate(dcc([entry()]))).toEqual({
      type: 'v',
      fullName: 'Mustermann Erika',
      dob: '1964-08-12',
      doses: [{ date: '2022-03-01', vaccine: 'PF', doseNumber: 3 }],
      countries: ['DE'],
    });
  });

  it('writes a Vietnamese name family first, as on the ID card', () => {
    const nam = { fn: 'Nguyễn', fnt: 'NGUYEN', gn: 'Đức Bảo Duy', gnt: 'DUC<BAO<DUY' };
    expect(scannedCertificate({ ...dcc([entry()]), nam }).fullName).toBe('Nguyễn Đức Bảo Duy');
    expect(scannedCertificate({ ...dcc([entry()]), nam: { fnt: 'NGUYEN' } }).fullName).toBe(
      'NGUYEN',
    );
  });

  it('maps every product of ours back to our code, and keeps a foreign product as written', () => {
    for (const [code, { mp }] of Object.entries(EU_VACCINE_CODES)) {
      expect(vaccineOfProduct(mp)).toBe(code);
    }
    expect(vaccineOfProduct('EU/1/21/1618')).toBe('EU/1/21/1618'); // Nuvaxovid: not used here
  });

  it('reads the date of a dose written with a time, and keeps a partial birth date', () => {
    const facts = scannedCertificate(dcc([entry({ dt: '2021-12-15T09:00:00+08:00' })], '1964-08'));
    expect(facts.doses[0]?.date).toBe('2021-12-15');
    expect(facts.dob).toBe('1964-08');
  });

  it.each([
    ['no dose number', { dn: undefined }],
    ['dose number 0', { dn: 0 }],
    ['dose number 10', { dn: 10 }],
    ['a fractional dose number', { dn: 1.5 }],
    ['no date', { dt: undefined }],
    ['an impossible date', { dt: '2021-02-30' }],
    ['no product', { mp: 42 }],
  ])('records no dose for an entry with %s', (_, extra) => {
    expect(scannedCertificate(dcc([entry(extra)])).doses).toEqual([]);
  });

  it('gives no dose for a test certificate, and survives any shape', () => {
    const test = { ver: '1.3.0', nam: { fnt: 'A' }, dob: '', t: [{ tt: 'LP6464-4' }] };
    expect(scannedCertificate(test)).toMatchObject({ type: 't', doses: [], dob: '' });
    expect(scannedCertificate({ nam: 'x', dob: 12, v: 'y' })).toEqual({
      type: 'v',
      fullName: '',
      dob: '',
      doses: [],
      countries: [],
    });
  });
});
