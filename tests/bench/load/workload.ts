// The simulated day: sites with staff and lots, tablets at four stations, and every citizen's
// check-in, screening, injection and observation spread over the working hours. Each record is a
// pure function of (seed, index), ids included, so the verifier can rebuild exactly what was sent
// without keeping a million records in memory.
import { makeCitizenId } from '../../../src/domain/citizen-id';
import type { Lot, Site, Staff } from '../../../src/domain/protocol';
import type { Sex, VaxRecord } from '../../../src/domain/records';
import { isoWithOffset } from '../../../src/domain/time';
import { makeVisitKey } from '../../../src/domain/visit-key';
import { hash32, pick } from './random';

export const DAY = '2026-11-23';
const OFFSET_MINUTES = 7 * 60;
/** 07:30 local (+07:00) on DAY, in UTC milliseconds: the first check-in. */
const DAY_START_MS = Date.parse(`${DAY}T07:30:00.000+07:00`);
/** Check-ins run until 16:30; the last releases from observation come just before 17:30. */
const CHECKIN_SPAN_MS = 9 * 3600_000;
const TABLETS_PER_SITE = 10;
/** A visit is four records, one per station, each usually made on a different tablet. */
export const STEPS = ['checkin', 'screening', 'injection', 'observation'] as const;
const VACCINES = ['PF', 'AZ', 'MD'] as const;

export const STAFF: readonly Staff[] = [
  { id: 'V1', name: 'Tình nguyện viên Hùng', role: 'volunteer' },
  { id: 'V2', name: 'Tình nguyện viên Thảo', role: 'volunteer' },
  { id: 'V3', name: 'Tình nguyện viên Quân', role: 'volunteer' },
  { id: 'D1', name: 'Bác sĩ Minh', role: 'doctor' },
  { id: 'D2', name: 'Bác sĩ Hạnh', role: 'doctor' },
  { id: 'N1', name: 'Y tá Lan', role: 'nurse' },
  { id: 'N2', name: 'Y tá Mai', role: 'nurse' },
  { id: 'N3', name: 'Y tá Cúc', role: 'nurse' },
];
// Who records each step: volunteers check in and release, doctors and nurses screen, nurses inject.
const STAFF_OF_STEP: Record<(typeof STEPS)[number], readonly string[]> = {
  checkin: ['V1', 'V2', 'V3'],
  screening: ['D1', 'D2', 'N1'],
  injection: ['N1', 'N2', 'N3'],
  observation: ['V1', 'V2', 'V3', 'N2'],
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khoa', 'Long', 'Nam', 'Phúc', 'Tuấn'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Hà', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Trang'];
const STREETS = ['Lê Lợi', 'Nguyễn Huệ', 'Hai Bà Trưng', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám'];
const SCREENING_ITEMS = [
  'anaphylaxisPreviousDose',
  'acuteIllness',
  'pregnancyUnder13Weeks',
  'severeAnaphylaxis',
  'pregnancyOver13Weeks',
  'immunodeficiency',
  'otherAllergy',
  'bleedingDisorder',
  'alteredConsciousness',
];

export interface SiteSpec extends Site {
  staff: readonly Staff[];
  lots: readonly Lot[];
}

export interface TabletSpec {
  index: number;
  siteId: string;
  /** Which step of a visit this tablet records (STEPS index). */
  station: number;
}

export interface Workload {
  seed: number;
  records: number;
  sites: SiteSpec[];
  tablets: TabletSpec[];
  /** Record indices each tablet's outbox holds, in the order they were made. */
  outboxes: number[][];
  /** Rebuilds record `index` exactly as it was sent. */
  record(index: number): VaxRecord;
  /** Record `index`'s id, without building the record. */
  id(index: number): string;
  /** How many injection records the day holds (one per citizen who got that far). */
  injections: number;
}

export function buildWorkload(records: number, tabletCount: number, seed: number): Workload {
  if (tabletCount < 1) throw new Error('--tablets must be at least 1');
  const siteCount = Math.max(1, Math.round(tabletCount / TABLETS_PER_SITE));
  const sites = Array.from({ length: siteCount }, (_, s) => siteSpec(s));
  const tablets: TabletSpec[] = Array.from({ length: tabletCount }, (_, t) => ({
    index: t,
    siteId: sites[t % siteCount]!.id,
    station: Math.floor(t / siteCount) % STEPS.length,
  }));
  // Tablets of each (site, station); a site with fewer than four tablets uses all for every step.
  const stationTablets: number[][][] = sites.map((_, s) => {
    const own = tablets.filter((t) => t.index % siteCount === s);
    return STEPS.map((_, k) => {
      const at = own.filter((t) => t.station === k).map((t) => t.index);
      return at.length > 0 ? at : own.map((t) => t.index);
    });
  });
  const citizens = Math.ceil(records / STEPS.length);
  const perSite = Math.ceil(citizens / siteCount);
  const outboxes: number[][] = tablets.map(() => []);
  for (let i = 0; i < records; i++) {
    const c = Math.floor(i / STEPS.length);
    const choices = stationTablets[c % siteCount]![i % STEPS.length]!;
    outboxes[pick(choices, Math.floor(c / siteCount))]!.push(i);
  }
  // The outbox is in the order records were made: by time, as a tablet would hold it.
  const at = (i: number) => occurredAtMs(seed, i, siteCount, perSite);
  for (const box of outboxes) box.sort((a, b) => at(a) - at(b) || a - b);
  return {
    seed,
    records,
    sites,
    tablets,
    outboxes,
    record: (i) => buildRecord(seed, i, sites, perSite),
    id: (i) => recordId(seed, i, at(i)),
    injections: Math.floor((records + 1) / STEPS.length),
  };
}

function siteSpec(s: number): SiteSpec {
  const id = `L${String(s + 1).padStart(3, '0')}`;
  return {
    id,
    name: `Trạm Y tế Phường ${s + 1}`,
    province: '79',
    staff: STAFF,
    lots: VACCINES.map((vaccine, v) => ({
      lot: lotOf(s, v),
      vaccine,
      expiry: '2027-06-30',
      dosesAllocated: 100_000,
    })),
  };
}

const lotOf = (site: number, vaccine: number) =>
  `${pick(VACCINES, vaccine)}${String(site * 10 + vaccine).padStart(4, '0')}`;

/** Minutes after the check-in at which each step happens. */
const STEP_DELAY_MIN = [0, 8, 20, 50];

function occurredAtMs(seed: number, i: number, siteCount: number, perSite: number): number {
  const c = Math.floor(i / STEPS.length);
  const rank = Math.floor(c / siteCount);
  const arrival = DAY_START_MS + Math.floor((rank / perSite) * CHECKIN_SPAN_MS);
  const jitter = hash32(seed, i) % 240_000;
  return arrival + STEP_DELAY_MIN[i % STEPS.length]! * 60_000 + jitter;
}

/**
 * UUIDv7 from the record's time and index: 48-bit ms timestamp, version 7, 12 random bits, the
 * variant, then the index in the last 32 bits so no two records of a run share an id.
 */
export function recordId(seed: number, i: number, ms: number): string {
  const h = hash32(seed, i + 0x5bd1e995);
  const ts = ms.toString(16).padStart(12, '0');
  const randA = (h & 0xfff).toString(16).padStart(3, '0');
  const variant = (0x8 | ((h >>> 12) & 0x3)).toString(16);
  const randB = ((h >>> 14) & 0xfff).toString(16).padStart(3, '0');
  const node = (seed & 0xffff).toString(16).padStart(4, '0') + i.toString(16).padStart(8, '0');
  return `${ts.slice(0, 8)}-${ts.slice(8)}-7${randA}-${variant}${randB}-${node}`;
}

interface Person {
  id: string;
  fullName: string;
  dob: string;
  sex: Sex;
}

function personOf(seed: number, c: number): Person {
  const h = hash32(seed, c);
  const sex: Sex = h & 1 ? 'F' : 'M';
  const birthYear = 1940 + (h % 66); // everyone an adult on DAY
  const month = 1 + ((h >>> 8) % 12);
  const day = 1 + ((h >>> 12) % 28);
  // The 6-digit serial and the province are both taken from the citizen index: unique per run.
  const province = pick(['079', '001', '048', '092', '075'], Math.floor(c / 1_000_000));
  const id = makeCitizenId(province, sex, birthYear, String(c % 1_000_000).padStart(6, '0'));
  const middle = sex === 'M' ? MIDDLE_M : MIDDLE_F;
  const given = sex === 'M' ? GIVEN_M : GIVEN_F;
  return {
    id,
    fullName: `${pick(FAMILY, h >>> 3)} ${pick(middle, h >>> 7)} ${pick(given, h >>> 11)}`,
    dob: `${birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    sex,
  };
}

function buildRecord(
  seed: number,
  i: number,
  sites: readonly SiteSpec[],
  perSite: number,
): VaxRecord {
  const c = Math.floor(i / STEPS.length);
  const step = STEPS[i % STEPS.length]!;
  const siteIndex = c % sites.length;
  const siteId = sites[siteIndex]!.id;
  const ms = occurredAtMs(seed, i, sites.length, perSite);
  const occurredAt = isoWithOffset(new Date(ms), OFFSET_MINUTES);
  const person = personOf(seed, c);
  const h = hash32(seed ^ 0x2545f491, i);
  const base = {
    id: recordId(seed, i, ms),
    siteId,
    staffId: pick(STAFF_OF_STEP[step], h),
    visitKey: makeVisitKey(siteId, DAY, person.id),
    occurredAt,
  };
  switch (step) {
    case 'checkin':
      return {
        ...base,
        type: 'checkin',
        data: {
          method: pick(['cccd-qr', 'cccd-qr', 'cccd-qr', 'personal-qr', 'manual'] as const, h),
          citizen: {
            ...person,
            ...(h % 3 === 0 && { phone: `09${String(h % 100_000_000).padStart(8, '0')}` }),
            ...(h % 2 === 0 && {
              address: `${1 + (h % 300)} ${pick(STREETS, h >>> 5)}, Phường ${1 + siteIndex}, TP. Hồ Chí Minh`,
            }),
          },
        },
      };
    case 'screening': {
      const caution = h % 20 === 0;
      return {
        ...base,
        type: 'screening',
        data: {
          answers: Object.fromEntries(
            SCREENING_ITEMS.map((item) => [item, caution && item === 'otherAllergy']),
          ),
          vitals: {
            temperatureC: 36 + (h % 12) / 10,
            pulse: 62 + (h % 30),
            systolic: 105 + (h % 30),
            diastolic: 65 + (h % 20),
          },
          outcome: caution ? 'caution' : 'eligible',
          decision: 'proceed',
          consent: true,
        },
      };
    }
    case 'injection': {
      const v = h % VACCINES.length;
      const booster = h % 5 === 0;
      return {
        ...base,
        type: 'injection',
        data: {
          vaccine: VACCINES[v]!,
          lot: lotOf(siteIndex, v),
          doseNumber: booster ? 3 : 1,
          doseKind: booster ? 'booster' : 'primary',
          arm: h & 1 ? 'left' : 'right',
        },
      };
    }
    case 'observation':
      return {
        ...base,
        type: 'observation',
        data: {
          releasedAt: occurredAt,
          reactions: h % 25 === 0 ? [{ code: 'injection-site-pain', severity: 'mild' }] : [],
          referred: false,
        },
      };
  }
}
