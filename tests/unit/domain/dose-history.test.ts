import { describe, expect, it } from 'vitest';
import {
  certificateStatus,
  certifiedDoses,
  citizenIdOfVisit,
  doseOf,
} from '../../../src/domain/dose-history';
import type { CheckinRecord } from '../../../src/domain/records';
import { typed, uuid } from '../../support/records';
import { samples } from '../../support/records';

const dose = (date: string, vaccine: string, doseNumber: number) => ({ date, vaccine, doseNumber });

describe('certificateStatus', () => {
  it('is none without doses', () => {
    expect(certificateStatus([])).toBe('none');
  });

  it('is yellow after one dose of a two-dose series, green once it is complete', () => {
    expect(certificateStatus([dose('2026-06-01', 'AZ', 1)])).toBe('yellow');
    expect(certificateStatus([dose('2026-06-01', 'AZ', 1), dose('2026-07-01', 'AZ', 2)])).toBe(
      'green',
    );
    expect(certificateStatus([dose('2026-06-22', 'PF', 2), dose('2026-06-01', 'PF', 1)])).toBe(
      'green',
    );
  });

  it("counts a certificate's latest dose by its number (the doses before it are not listed)", () => {
    expect(certificateStatus([dose('2021-10-01', 'AZ', 2)])).toBe('green');
    expect(certificateStatus([dose('2026-06-15', 'AB', 2)])).toBe('yellow');
  });

  it('is green after the single Janssen dose', () => {
    expect(certificateStatus([dose('2026-06-01', 'JJ', 1)])).toBe('green');
  });

  it('needs three Abdala doses for green', () => {
    const abdala = [dose('2026-06-01', 'AB', 1), dose('2026-06-15', 'AB', 2)];
    expect(certificateStatus(abdala.slice(0, 1))).toBe('yellow');
    expect(certificateStatus(abdala)).toBe('yellow');
    expect(certificateStatus([...abdala, dose('2026-06-29', 'AB', 3)])).toBe('green');
  });

  it('takes the series from the first dose by date, whatever order the history is in', () => {
    // Janssen first: one dose completes the series; the later AB is a booster.
    expect(certificateStatus([dose('2026-09-01', 'AB', 2), dose('2026-01-01', 'JJ', 1)])).toBe(
      'green',
    );
    // Two doses of a series begun with Abdala are not enough.
    expect(certificateStatus([dose('2026-09-01', 'AZ', 2), dose('2026-08-01', 'AB', 1)])).toBe(
      'yellow',
    );
  });

  it('counts a mixed two-dose series as complete', () => {
    expect(certificateStatus([dose('2026-06-01', 'AZ', 1), dose('2026-07-01', 'PF', 2)])).toBe(
      'green',
    );
  });

  it('treats an unknown product as a two-dose series', () => {
    expect(certificateStatus([dose('2026-06-01', 'XX', 1)])).toBe('yellow');
    expect(certificateStatus([dose('2026-06-01', 'XX', 1), dose('2026-07-01', 'XX', 2)])).toBe(
      'green',
    );
  });
});

describe('citizenIdOfVisit', () => {
  const key = (citizenKey: string) => `${samples.SITE}:${samples.DAY}:${citizenKey}`;
  const checkinWithId = (id?: string) => {
    const record = samples.checkin() as CheckinRecord;
    if (id === undefined) delete record.data.citizen.id;
    else record.data.citizen.id = id;
    return record;
  };

  it('reads the 12-digit or 9-digit ID from the visit key', () => {
    expect(citizenIdOfVisit(key(samples.ADULT_ID))).toBe(samples.ADULT_ID);
    expect(citizenIdOfVisit(key('023456789'))).toBe('023456789');
    // The key wins over what the check-in says.
    expect(citizenIdOfVisit(key(samples.ADULT_ID), checkinWithId('023456789'))).toBe(
      samples.ADULT_ID,
    );
  });

  it('falls back to the check-in’s ID for a provisional key', () => {
    expect(citizenIdOfVisit(key(uuid(5)), checkinWithId('079190123456'))).toBe('079190123456');
    expect(citizenIdOfVisit(key(uuid(5)), checkinWithId('023456789'))).toBe('023456789');
  });

  it('is undefined when neither knows a well-formed ID', () => {
    expect(citizenIdOfVisit(key(uuid(5)))).toBeUndefined();
    expect(citizenIdOfVisit(key(uuid(5)), checkinWithId())).toBeUndefined();
    expect(citizenIdOfVisit(key(uuid(5)), checkinWithId('12345'))).toBeUndefined();
    expect(citizenIdOfVisit('not a visit key')).toBeUndefined();
    expect(citizenIdOfVisit('not a visit key', checkinWithId('079190123456'))).toBe('079190123456');
  });
});

describe('doseOf', () => {
  it('turns an injection into a dose on its local date, naming the record', () => {
    const injection = typed(
      'injection',
      { vaccine: 'MD', lot: 'MD-7', doseNumber: 2, doseKind: 'primary', arm: 'right' },
      { n: 7, at: '23:50' },
    );
    expect(doseOf(injection)).toEqual({
      date: samples.DAY,
      vaccine: 'MD',
      doseNumber: 2,
      recordId: uuid(7),
    });
  });
});

describe('certifiedDoses', () => {
  const certified = (n: number, priorDoses?: ReturnType<typeof dose>[]) =>
    typed(
      'checkin',
      {
        method: 'manual',
        citizen: { fullName: 'Trần Thị Mai Anh', dob: '1988-02-14', sex: 'F' },
        ...(priorDoses && { priorDoses }),
      },
      { n },
    );

  it("lists the doses certificates stated at the check-ins, a voided check-in's left out", () => {
    const az = dose('2021-10-01', 'AZ', 2);
    const pf = dose('2021-07-01', 'PF', 1);
    const voided = {
      ...certified(3, [pf]),
      voided: {
        reason: 'wrong-person' as const,
        note: 'Nhầm người',
        correctionId: uuid(4),
        staffId: 'staff-1',
        at: '2026-11-23T09:30:00.000+07:00',
      },
    };
    const injection = typed(
      'injection',
      { vaccine: 'AZ', lot: 'AZ-1', doseNumber: 3, doseKind: 'booster', arm: 'left' },
      { n: 5 },
    );
    expect(certifiedDoses([certified(1, [az]), certified(2), voided, injection])).toEqual([az]);
  });
});
