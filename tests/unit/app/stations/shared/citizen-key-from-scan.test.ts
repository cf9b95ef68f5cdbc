import { describe, expect, it } from 'vitest';
import {
  citizenKeyFromScan,
  citizenKeyFromTyped,
} from '../../../../../src/app/stations/shared/citizen-key-from-scan';
import type { Registration } from '../../../../../src/domain/protocol';
import { parseScan } from '../../../../../src/domain/qr/scan';
import { formatRegistrationQr } from '../../../../../src/domain/qr/registration';

const SITE = 'site-hcm-01';
const registration = (id?: string): Registration => ({
  id: 'reg-1',
  code: 'AB12CD',
  sessionDate: '2026-11-23',
  priorityGroup: '1',
  citizen: { ...(id ? { id } : {}), fullName: 'Trần Thị Bình', dob: '2010-02-03', sex: 'F' },
  previousDoses: [],
});
const reference = (found?: Registration) => ({
  registrationByCode: async (code: string) => (code === found?.code ? found : undefined),
});

describe('citizenKeyFromScan', () => {
  it('takes the 12-digit ID from a chip card QR', async () => {
    const scan = parseScan(
      '079090000123|123456789|Nguyễn Văn An|01051990|Nam|Quận 1, TP Hồ Chí Minh|01012021',
    );
    expect(await citizenKeyFromScan(scan, reference(), SITE)).toEqual({
      ok: true,
      citizenKey: '079090000123',
    });
  });

  it('takes the ID from the personal QR of the health apps', async () => {
    const scan = parseScan('079090000123|NGUYEN VAN AN|1990-05-01|1|QID|');
    expect(await citizenKeyFromScan(scan, reference(), SITE)).toEqual({
      ok: true,
      citizenKey: '079090000123',
    });
  });

  it('looks up a registration QR and returns its citizen’s ID and the registration', async () => {
    const scan = parseScan(formatRegistrationQr({ siteId: SITE, code: 'AB12CD' }));
    const found = registration('079310000456');
    expect(await citizenKeyFromScan(scan, reference(found), SITE)).toEqual({
      ok: true,
      citizenKey: '079310000456',
      registrationId: 'reg-1',
    });
  });

  it('returns only the registration when the citizen has no ID number', async () => {
    const scan = parseScan(formatRegistrationQr({ siteId: SITE, code: 'AB12CD' }));
    expect(await citizenKeyFromScan(scan, reference(registration()), SITE)).toEqual({
      ok: true,
      registrationId: 'reg-1',
    });
  });

  it('explains a registration of another site or one not on the tablet', async () => {
    const other = parseScan(formatRegistrationQr({ siteId: 'site-hn-02', code: 'AB12CD' }));
    expect(await citizenKeyFromScan(other, reference(registration()), SITE)).toMatchObject({
      ok: false,
      note: { key: 'scan.otherSite', params: { code: 'AB12CD' } },
    });
    const missing = parseScan(formatRegistrationQr({ siteId: SITE, code: 'ZZ99ZZ' }));
    expect(await citizenKeyFromScan(missing, reference(registration()), SITE)).toMatchObject({
      ok: false,
      note: { key: 'scan.codeNotFound' },
    });
  });

  it('refuses masked, empty, unknown and certificate codes with a message, never throwing', async () => {
    const cases: [string, string][] = [
      ['0790****0123|NGUYEN VAN AN|1990-05-01|1|QID|', 'scan.masked'],
      ['', 'scan.empty'],
      ['<b>hello</b>', 'scan.unknown'],
      // A certificate names no ID number: it is read at the desk, not at a station.
      ['HC1:6BFOXN%TS3DH0YOJ58S', 'scan.certificateAtStation'],
    ];
    for (const [text, key] of cases) {
      const result = await citizenKeyFromScan(parseScan(text), reference(), SITE);
      expect(result, text).toMatchObject({ ok: false, note: { key } });
    }
  });
});

describe('citizenKeyFromTyped', () => {
  it('accepts 12- and 9-digit numbers, ignoring spaces and dots', () => {
    expect(citizenKeyFromTyped(' 079 090 000.123 ')).toEqual({
      ok: true,
      citizenKey: '079090000123',
    });
    expect(citizenKeyFromTyped('123456789')).toEqual({ ok: true, citizenKey: '123456789' });
  });

  it('says what is wrong with an empty, malformed or impossible number', () => {
    expect(citizenKeyFromTyped('')).toMatchObject({
      ok: false,
      note: { key: 'station.idMissing' },
    });
    expect(citizenKeyFromTyped('12345')).toMatchObject({
      ok: false,
      note: { key: 'station.idFormat' },
    });
    expect(citizenKeyFromTyped('999090000123')).toMatchObject({
      ok: false,
      note: { key: 'field.province' },
    });
  });
});
