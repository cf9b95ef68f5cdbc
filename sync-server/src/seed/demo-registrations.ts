// Demo registrations: citizens aged 12–90 living around the site, each with a valid 12-digit ID
// that agrees with their birth year and sex, a mobile number, a priority group and, for about
// 30%, one or two earlier doses spaced by at least the vaccine's minimum interval.
import { AGE_OF_MAJORITY } from '../../../src/domain/age';
import { makeCitizenId } from '../../../src/domain/citizen-id';
import type { PreviousDose, Registration } from '../../../src/domain/protocol';
import { PROVINCES } from '../../../src/domain/provinces';
import type { Citizen, Sex } from '../../../src/domain/records';
import { addDays, type LocalDate } from '../../../src/domain/local-date';
import { vaccineByCode } from '../../../src/domain/vaccines';
import { randomAddress, randomMobile } from './demo-contacts';
import type { Random } from './random';
import { randomFamilyName, randomFullName } from './vietnamese-names';

// Registration codes avoid look-alike characters (0/O, 1/I/L) because people read them aloud.
const CODE_ALPHABET = [...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'];
const CODE_LENGTH = 8;
const OTHER_PROVINCES = Object.keys(PROVINCES).filter((code) => code !== '079');
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[12, 17], 12],
  [[18, 39], 38],
  [[40, 64], 34],
  [[65, 90], 16],
];
// Vaccines people had already received, roughly as they were shipped to Vietnam in 2021.
const PAST_VACCINES: readonly (readonly [string, number])[] = [
  ['AZ', 40],
  ['PF', 30],
  ['MD', 12],
  ['VC', 18],
];

export class RegistrationFactory {
  private readonly codes = new Set<string>();
  private readonly citizenIds = new Set<string>();
  private readonly tomorrow: string;

  constructor(
    private readonly rng: Random,
    private readonly today: LocalDate,
  ) {
    this.tomorrow = addDays(today, 1);
  }

  make(): Registration {
    const { rng, today } = this;
    const sex: Sex = rng.chance(0.5) ? 'M' : 'F';
    const [minAge, maxAge] = rng.weighted(AGE_BANDS);
    const age = rng.between(minAge, maxAge);
    const dob = this.dobForAge(age);
    const birthYear = Number(dob.slice(0, 4));
    const family = randomFamilyName(rng);
    const minor = age < AGE_OF_MAJORITY;
    const citizen: Citizen = {
      id: this.uniqueCitizenId(sex, birthYear),
      fullName: randomFullName(rng, sex, birthYear, family),
      dob,
      sex,
      phone: randomMobile(rng),
      address: randomAddress(rng),
    };
    if (minor) {
      const guardianSex: Sex = rng.chance(0.6) ? 'F' : 'M';
      citizen.guardian = {
        name: randomFullName(rng, guardianSex, birthYear - 30, family),
        phone: randomMobile(rng),
      };
    }
    return {
      id: this.uuid(),
      code: this.uniqueCode(),
      sessionDate: rng.chance(0.85) ? today : this.tomorrow,
      priorityGroup: this.priorityGroup(age),
      citizen,
      previousDoses: rng.chance(0.3) ? this.previousDoses(minor) : [],
    };
  }

  /** A birth date giving exactly `age` completed years today. */
  private dobForAge(age: number): string {
    const month = Number(this.today.slice(5, 7)) - 1;
    const year = Number(this.today.slice(0, 4)) - age;
    const latest = new Date(Date.UTC(year, month, Number(this.today.slice(8, 10))));
    // Today is 29 Feb and the birth year is not leap: Date rolled to 1 Mar, step back to 28 Feb.
    if (latest.getUTCMonth() !== month) latest.setUTCDate(0);
    latest.setUTCDate(latest.getUTCDate() - this.rng.int(365));
    return latest.toISOString().slice(0, 10);
  }

  private uniqueCitizenId(sex: Sex, birthYear: number): string {
    const province = this.rng.chance(0.8) ? '079' : this.rng.pick(OTHER_PROVINCES);
    for (;;) {
      const id = makeCitizenId(province, sex, birthYear, this.rng.digits(6));
      if (!this.citizenIds.has(id)) {
        this.citizenIds.add(id);
        return id;
      }
    }
  }

  private uniqueCode(): string {
    for (;;) {
      let code = '';
      for (let i = 0; i < CODE_LENGTH; i++) code += this.rng.pick(CODE_ALPHABET);
      if (!this.codes.has(code)) {
        this.codes.add(code);
        return code;
      }
    }
  }

  /** Codes of src/domain/priority-groups: minors are '9' (general), most over-65s are '5'. */
  private priorityGroup(age: number): string {
    if (age < AGE_OF_MAJORITY) return '9';
    if (age >= 65 && this.rng.chance(0.8)) return '5';
    return this.rng.weighted([
      ['1', 3],
      ['2', 4],
      ['3', 8],
      ['4', 6],
      ['6', 10],
      ['7', 15],
      ['8', 20],
      ['9', 34],
    ]);
  }

  private previousDoses(minor: boolean): PreviousDose[] {
    const code = minor ? 'PF' : this.rng.weighted(PAST_VACCINES);
    const interval = vaccineByCode(code)?.minIntervalDays ?? 28;
    const first = addDays(this.today, -this.rng.between(interval + 60, 400));
    const doses: PreviousDose[] = [{ date: first, vaccine: code, doseNumber: 1 }];
    if (this.rng.chance(0.6)) {
      doses.push({
        date: addDays(first, interval + this.rng.int(45)),
        vaccine: code,
        doseNumber: 2,
      });
    }
    return doses;
  }

  /** A version-4-shaped UUID drawn from the seeded generator, so ids repeat run to run. */
  private uuid(): string {
    const hex = (): string =>
      this.rng
        .int(2 ** 32)
        .toString(16)
        .padStart(8, '0');
    const a = hex();
    const b = hex();
    const c = hex();
    const variant = '89ab'[this.rng.int(4)] as string;
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${hex()}`;
  }
}
