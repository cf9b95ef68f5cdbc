// A realistic data set for the FHIR API tests, pushed through the sync API as tablets would:
// check-in, screening and injection records at three sites in two provinces, corrections of a
// name and of a dose's lot and arm, registrations, and a visit keyed by a provisional id.
import { v7 as uuidv7 } from 'uuid';
import type { Registration } from '../../../src/domain/protocol';
import type { Citizen, InjectionRecord, VaxRecord } from '../../../src/domain/records';
import { push } from './api';
import {
  checkinRecord,
  correctionRecord,
  injectionRecord,
  screeningRecord,
} from '../../support/records';
import {
  enrollDevice,
  NURSE,
  OTHER_NURSE,
  OTHER_SITE,
  SITE,
  type Device,
  type TestApp,
} from './test-app';
import { sitesRepo } from '../../../sync-server/src/store/repos/sites';
import { staffRepo } from '../../../sync-server/src/store/repos/staff';
import { registrationsRepo } from '../../../sync-server/src/store/repos/registrations';

export const THIRD_SITE = { id: 'S3', name: 'Trạm Y tế Phường Láng Hạ', province: '01' };
const THIRD_NURSE = { id: 'N3', name: 'Y tá Hoa', role: 'nurse' as const };

type Known = Citizen & { id: string };

export const AN: Known = {
  id: '001085123456',
  fullName: 'Nguyễn Văn An',
  dob: '1985-04-12',
  sex: 'M',
};
export const BINH: Known = {
  id: '023456789',
  fullName: 'Trần Thị Bình',
  dob: '1962-08-30',
  sex: 'F',
};
export const CHI: Known = {
  id: '079190000123',
  fullName: 'Lê Thị Chi',
  dob: '1990-01-15',
  sex: 'F',
};

interface Visit {
  site: string;
  staff: string;
  date: string;
  citizen: Citizen;
  /** The visit key's citizen key: the ID number unless a provisional id is given. */
  key?: string;
  dose: [vaccine: string, lot: string, doseNumber: number, kind?: 'primary' | 'booster'];
}

/** Check-in, screening and injection of one visit. */
function visit(v: Visit): [VaxRecord, VaxRecord, InjectionRecord] {
  const key = v.key ?? v.citizen.id ?? uuidv7();
  const base = { visitKey: `${v.site}:${v.date}:${key}` };
  const [vaccine, lot, doseNumber, doseKind = 'primary'] = v.dose;
  const method = key === v.citizen.id ? 'cccd-qr' : 'manual';
  return [
    checkinRecord(v.site, v.staff, {
      ...base,
      occurredAt: `${v.date}T09:15:02.123+07:00`,
      data: { method, citizen: v.citizen },
    }),
    screeningRecord(v.site, v.staff, {
      ...base,
      occurredAt: `${v.date}T09:25:00.000+07:00`,
      data: {
        answers: { acuteIllness: false },
        outcome: 'eligible',
        decision: 'proceed',
        consent: true,
      },
    }),
    injectionRecord(v.site, v.staff, {
      ...base,
      occurredAt: `${v.date}T09:40:00.000+07:00`,
      data: { vaccine, lot, doseNumber, doseKind, arm: 'left' },
    }),
  ];
}

async function pushAll(t: TestApp, device: Device, records: VaxRecord[]): Promise<void> {
  const { body } = await push(t, device, records);
  const refused = body.results.filter((r) => r.status !== 'accepted');
  if (refused.length > 0) throw new Error(`seed refused: ${JSON.stringify(refused)}`);
}

const registration = (id: string, citizen: Citizen): Registration => ({
  id,
  code: `C-${id}`,
  sessionDate: '2026-10-01',
  priorityGroup: '9',
  citizen,
  previousDoses: [],
});

export async function seedFhirCitizens(t: TestApp) {
  await sitesRepo(t.store).create(THIRD_SITE, new Date());
  await staffRepo(t.store).put(THIRD_SITE.id, [THIRD_NURSE]);
  await registrationsRepo(t.store).put(SITE.id, [registration('R-AN', AN)]);
  await registrationsRepo(t.store).put(OTHER_SITE.id, [registration('R-CHI', CHI)]);
  const s1 = await enrollDevice(t, SITE.id);
  const s2 = await enrollDevice(t, OTHER_SITE.id);
  const s3 = await enrollDevice(t, THIRD_SITE.id);

  const at = { site: SITE.id, staff: NURSE.id, citizen: AN };
  const first = visit({ ...at, date: '2026-10-01', dose: ['PF', 'FK1234', 1] });
  const second = visit({ ...at, date: '2026-11-01', dose: ['PF', 'FK9999', 2] });
  await pushAll(t, s1, [...first, ...second]);
  // Fixed from the desk later: the second dose's lot and arm.
  const fix = { 'data.lot': 'FL8095', 'data.arm': 'right' };
  await pushAll(t, s1, [correctionRecord(second[2], NURSE.id, fix)]);
  const booster = visit({
    site: THIRD_SITE.id,
    staff: THIRD_NURSE.id,
    citizen: AN,
    date: '2027-05-10',
    dose: ['MD', 'MD-77', 3, 'booster'],
  });
  await pushAll(t, s3, booster);

  const there = { site: OTHER_SITE.id, staff: OTHER_NURSE.id, date: '2026-10-02' };
  // Binh's old ID was typed, not scanned: her visit is keyed by a provisional id.
  await pushAll(t, s2, visit({ ...there, citizen: BINH, key: uuidv7(), dose: ['VC', 'VC-1', 1] }));
  const chi = visit({
    ...there,
    citizen: { ...CHI, fullName: 'Lê Thị Chj' },
    dose: ['AZ', 'AZ-5', 1],
  });
  const rename = { 'data.citizen.fullName': CHI.fullName };
  await pushAll(t, s2, [...chi, correctionRecord(chi[0], OTHER_NURSE.id, rename)]);

  return { anDoses: [first[2].id, second[2].id, booster[2].id], chiRecord: chi[2] };
}
