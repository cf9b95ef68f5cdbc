// A mobile team's day: `visits` citizens each checked in, screened, injected and released, every
// record valid, on DAY at SITE unless told. For the end-of-day transfer's tests and bench.
import { makeCitizenId } from '../../../src/domain/citizen-id';
import type { VaxRecord } from '../../../src/domain/records';
import { DAY, record, SITE } from './envelope';

const clock = (minutes: number) =>
  `${String(7 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000`;

export function dayOfVisits(visits: number, day = DAY, siteId = SITE): VaxRecord[] {
  return Array.from({ length: visits }, (_, i) => {
    const sex = i % 2 === 0 ? 'M' : 'F';
    const year = 1950 + (i % 50);
    const citizenKey = makeCitizenId('079', sex, year, String(100_000 + i * 37).slice(-6));
    const place = (minutes: number, staffId: string) => ({
      siteId,
      day,
      staffId,
      citizenKey,
      time: clock(Math.floor(i * 1.5) + minutes),
    });
    const citizen = {
      id: citizenKey,
      fullName: `Nguyễn Văn Người Thứ ${i + 1}`,
      dob: `${year}-0${(i % 9) + 1}-1${i % 9}`,
      sex,
      phone: `09${String(10_000_000 + i * 7_919).slice(-8)}`,
      address: `${i + 1} Lê Lợi, Bến Nghé, Quận 1, TP Hồ Chí Minh`,
    } as const;
    return [
      record('checkin', { method: 'cccd-qr', citizen }, place(0, 'staff-volunteer-1')),
      record(
        'screening',
        {
          answers: { acuteIllness: false, anaphylaxisCovid: false, severeAllergy: false },
          vitals: { temperatureC: 36.6, pulse: 78 },
          outcome: 'eligible',
          decision: 'proceed',
          consent: true,
        },
        place(5, 'staff-doctor-1'),
      ),
      record(
        'injection',
        { vaccine: 'AZ', lot: 'ABV5300', doseNumber: 1, doseKind: 'primary', arm: 'left' },
        place(10, 'staff-nurse-1'),
      ),
      record(
        'observation',
        {
          releasedAt: `${day}T${clock(Math.floor(i * 1.5) + 40)}+07:00`,
          reactions: [],
          referred: false,
        },
        place(40, 'staff-nurse-1'),
      ),
    ];
  }).flat();
}
