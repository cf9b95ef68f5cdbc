// The seeded registry of the matching corpus: a population built household by household, so the
// decoys a real registry holds come out as they do in life: twins (same date of birth, family
// name, commune and phone, another given name), children listed under a guardian's phone, and
// namesakes born the same day in another province. IDs follow the 12-digit structure (3-digit
// province, century/sex digit, 2-digit birth year, 6-digit serial; src/domain/citizen-id.ts).
import { makeCitizenId } from '../../src/domain/citizen-id';
import type { Sex } from '../../src/domain/records';
import type { RegistryPerson } from '../../src/domain/registry/types';
import { randomMobile } from '../../sync-server/src/seed/demo-contacts';
import type { Random } from '../../sync-server/src/seed/random';
import { randomFamilyName, randomFullName } from '../../sync-server/src/seed/vietnamese-names';
import {
  BIRTH_YEARS,
  provinceOfId,
  randomBirthDate,
  randomCommune,
  randomProvince,
  registryDob,
} from './registry-demography';

export interface Household {
  province3: string;
  commune: string;
  phone: string;
  family: string;
}

/** Makes registry persons, each with an ID no one else holds. */
export class PopulationMaker {
  readonly ids = new Set<string>();
  constructor(private readonly rng: Random) {}

  newId(province3: string, sex: Sex, year: number): string {
    for (;;) {
      const id = makeCitizenId(province3, sex, year, this.rng.digits(6));
      if (!this.ids.has(id)) return (this.ids.add(id), id);
    }
  }

  person(
    home: Household,
    sex: Sex,
    fullDob: string,
    opts: { name?: string; phone?: string } = {},
  ): RegistryPerson {
    const year = Number(fullDob.slice(0, 4));
    const p: RegistryPerson = {
      idNumber: this.newId(home.province3, sex, year),
      fullName: opts.name ?? randomFullName(this.rng, sex, year, home.family),
      dob: registryDob(this.rng, fullDob),
      sex,
      provinceCode: provinceOfId(home.province3),
      communeCode: home.commune,
    };
    if (opts.phone !== undefined) p.phone = opts.phone;
    return p;
  }

  household(): Household {
    const province3 = randomProvince(this.rng);
    const { rng } = this;
    return {
      province3,
      commune: randomCommune(rng, province3),
      phone: randomMobile(rng),
      family: randomFamilyName(rng),
    };
  }

  /** A household's members: an adult, perhaps a spouse, children (now and then twins). */
  members(home: Household): RegistryPerson[] {
    const { rng } = this;
    const [lo, hi] = rng.weighted(BIRTH_YEARS);
    const year = rng.between(lo, hi);
    const headSex: Sex = rng.chance(0.5) ? 'M' : 'F';
    const head = this.person(home, headSex, randomBirthDate(rng, year), {
      phone: rng.chance(0.75) ? home.phone : undefined,
    });
    const people = [head];
    if (year < 1995 && rng.chance(0.6)) {
      const spouse = { ...home, family: randomFamilyName(rng) };
      const phone = rng.chance(0.6) ? randomMobile(rng) : undefined;
      people.push(
        this.person(
          spouse,
          headSex === 'M' ? 'F' : 'M',
          randomBirthDate(rng, year + rng.between(-5, 5)),
          { phone },
        ),
      );
    }
    const firstChild = year + rng.between(22, 35);
    for (
      let c = 0, n = year < 1990 ? rng.between(0, 3) : 0;
      c < n && firstChild + 2 * c <= 2017;
      c++
    ) {
      const dob = randomBirthDate(rng, firstChild + 2 * c);
      const phone = rng.chance(0.5) ? home.phone : undefined;
      const sex: Sex = rng.chance(0.5) ? 'M' : 'F';
      people.push(this.person(home, sex, dob, { phone }));
      if (rng.chance(0.04)) people.push(this.twin(home, people.at(-1)!, dob, phone));
    }
    return people;
  }

  // Same day, family, commune and phone; another given name (drawn again until it differs).
  private twin(
    home: Household,
    sibling: RegistryPerson,
    dob: string,
    phone?: string,
  ): RegistryPerson {
    const sex: Sex = this.rng.chance(0.7) ? sibling.sex! : sibling.sex === 'M' ? 'F' : 'M';
    let name = sibling.fullName;
    while (name === sibling.fullName)
      name = randomFullName(this.rng, sex, Number(dob.slice(0, 4)), home.family);
    return { ...this.person(home, sex, dob, { phone, name }), dob: sibling.dob };
  }

  /** Someone of the same name born the same day, registered in another province. */
  namesake(of: RegistryPerson): RegistryPerson {
    let home = this.household();
    while (provinceOfId(home.province3) === of.provinceCode) home = this.household();
    const fullDob =
      of.dob.length === 10 ? of.dob : randomBirthDate(this.rng, Number(of.dob.slice(0, 4)));
    return { ...this.person(home, of.sex!, fullDob, { name: of.fullName }), dob: of.dob };
  }
}

/** A registry of `size` persons, about 1.5% of them namesakes of another born the same day. */
export function makeRegistry(
  rng: Random,
  size: number,
  maker = new PopulationMaker(rng),
): RegistryPerson[] {
  const registry: RegistryPerson[] = [];
  while (registry.length < size) {
    if (registry.length > 0 && rng.chance(0.015)) registry.push(maker.namesake(rng.pick(registry)));
    else registry.push(...maker.members(maker.household()));
  }
  return registry.slice(0, size);
}
