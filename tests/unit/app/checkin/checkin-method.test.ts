// A check-in records how the citizen was identified. A scan that identified them
// (chip card, health-app QR, registration QR) gives its kind as the method, through resolveScan and
// buildCheckin, the way the check-in desk uses them; a typed ID, or one changed after the scan, is
// `manual`. Only a scanned identity lets the site receive the citizen's dose history.
import { describe, expect, it } from 'vitest';
import { buildCheckin } from '../../../../src/domain/build-checkin';
import { resolveScan, type ScanOutcome } from '../../../../src/app/checkin/scan-flow';
import type { Registration } from '../../../../src/domain/protocol';
import { formatRegistrationQr } from '../../../../src/domain/qr/registration';
import { parseScan } from '../../../../src/domain/qr/scan';
import type { Citizen } from '../../../../src/domain/records';

const SITE = 'site-hcm-01';
const ID = '079090000123';
const CARD = `${ID}|123456789|Nguyễn Văn An|01051990|Nam|Quận 1, TP Hồ Chí Minh|01012021`;
const APP_QR = `${ID}|NGUYEN VAN AN|1990-05-01|1|QID|`;
const registration: Registration = {
  id: 'reg-1',
  code: 'AB12CD',
  sessionDate: '2026-11-23',
  priorityGroup: '1',
  citizen: { id: ID, fullName: 'Nguyễn Văn An', dob: '1990-05-01', sex: 'M' },
  previousDoses: [],
};
const reference = (registered: boolean) => ({
  registrationByCitizenId: async (id: string) =>
    registered && id === ID ? registration : undefined,
  registrationByCode: async (code: string) =>
    code === registration.code ? registration : undefined,
});

/** What the desk saves after the scan, the citizen confirmed as shown (or as edited). */
function checkinAfter(outcome: ScanOutcome, edit: Partial<Citizen> = {}) {
  if (outcome.step === 'message') throw new Error('the scan identified nobody');
  const citizen: Citizen =
    outcome.step === 'confirm'
      ? outcome.registration.citizen
      : {
          id: outcome.draft.id,
          fullName: outcome.draft.fullName,
          dob: outcome.draft.dob,
          sex: 'M',
        };
  return buildCheckin({
    siteId: SITE,
    staffId: 'V1',
    citizen: { ...citizen, ...edit },
    ...(outcome.step === 'confirm' ? { registrationId: outcome.registration.id } : {}),
    scanned: outcome.scanned,
    now: new Date('2026-11-23T02:30:00Z'),
  });
}

/** The desk verifies a certificate before resolving: resolveScan takes every other scan. */
function scanOf(text: string) {
  const scan = parseScan(text);
  if (scan.kind === 'dcc') throw new Error('a certificate is verified, not resolved');
  return scan;
}

describe('the method of a check-in from a scan', () => {
  it.each([
    ['a chip card, registered', CARD, true, 'cccd-qr'],
    ['a chip card, walk-in', CARD, false, 'cccd-qr'],
    ['a health-app QR, registered', APP_QR, true, 'personal-qr'],
    ['a health-app QR, walk-in', APP_QR, false, 'personal-qr'],
    [
      'a registration QR',
      formatRegistrationQr({ siteId: SITE, code: 'AB12CD' }),
      true,
      'registration-qr',
    ],
  ])('%s: %s', async (_, text, registered, method) => {
    const outcome = await resolveScan(scanOf(text), reference(registered), SITE);
    const record = checkinAfter(outcome);
    expect(record.data.method).toBe(method);
    expect(record.data.citizen.id).toBe(ID);
  });

  it('is manual when the ID was changed after the scan', async () => {
    const outcome = await resolveScan(scanOf(CARD), reference(false), SITE);
    expect(checkinAfter(outcome, { id: '079090000999' }).data.method).toBe('manual');
  });
});
