// Valid records of every type with full data and fixed ids, built fresh for each test so tests
// can mutate them (validator tests break them one field at a time).
import { ADULT_ID, DAY, envelope } from './envelope';

export { ADULT_ID, AT, DAY, SITE } from './envelope';

const FIXED_ID = '01a208cd-7ed8-7133-b4e2-3a1c21ebde66';
const base = (type: string, citizenKey?: string) => envelope(type, { id: FIXED_ID, citizenKey });

export const checkin = () => ({
  ...base('checkin'),
  data: {
    method: 'cccd-qr',
    registrationId: '01a208cd-7ed8-7133-b4e2-000000000001',
    citizen: {
      id: ADULT_ID,
      fullName: 'Nguyễn Thị Lan',
      dob: '1990-05-01',
      sex: 'F',
      phone: '0912345678',
      address: '12 Lê Lợi, Bến Nghé, Quận 1, TP Hồ Chí Minh',
    },
  },
});

export const minorCheckin = () => ({
  ...base('checkin', '01a208cd-7ed8-7133-b4e2-3a1c21ebde99'),
  data: {
    method: 'manual',
    citizen: {
      fullName: 'Trần Minh Khang',
      dob: '2013-02-10',
      sex: 'M',
      guardian: { name: 'Trần Văn Hùng', phone: '+84 903 111 222' },
    },
  },
});

export const screening = () => ({
  ...base('screening'),
  data: {
    // The nine items of the checklist (src/domain/screening.ts), all answered no.
    answers: {
      anaphylaxisCovidVaccine: false,
      acuteIllness: false,
      pregnancyUnder13Weeks: false,
      severeAnaphylaxisAny: false,
      pregnancy13WeeksPlus: false,
      severeImmunodeficiency: false,
      otherAllergy: false,
      bleedingDisorder: false,
      alteredConsciousness: false,
    },
    vitals: { temperatureC: 36.8, pulse: 82, systolic: 120, diastolic: 80, respiratoryRate: 18 },
    outcome: 'eligible',
    decision: 'proceed',
    consent: true,
    note: 'Không có tiền sử dị ứng',
  },
});

export const injection = () => ({
  ...base('injection'),
  data: { vaccine: 'PF', lot: 'FK5127', doseNumber: 2, doseKind: 'primary', arm: 'left' },
});

export const observation = () => ({
  ...base('observation'),
  data: {
    releasedAt: `${DAY}T09:45:10.000+07:00`,
    reactions: [{ code: 'injection-site-pain', severity: 'mild' }],
    referred: false,
  },
});

export const correction = () => ({
  ...base('correction'),
  data: {
    targetId: '01a208cd-7ed8-7133-b4e2-3a1c21ebde67',
    changes: { 'data.citizen.dob': '1990-05-02' },
    reason: 'Sai ngày sinh',
  },
});
