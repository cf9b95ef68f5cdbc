// A seeded corpus for registry matching (issue 19, point 8): a registry, the persons a platform
// recorded (most of them in the registry, ~8% not), and the truth: which registry person each
// platform person is. The same seed gives the same corpus on every machine.
//
//   const corpus = registryCorpus({ seed: 1, registrySize: 20_000, platformSize: 6_000 });
import type { PlatformPerson, RegistryPerson } from '../../src/domain/registry/types';
import { randomMobile } from '../../sync-server/src/seed/demo-contacts';
import { createRandom, type Random } from '../../sync-server/src/seed/random';
import { provinceOfId, randomCommune, randomProvince } from './registry-demography';
import { makeRegistry, PopulationMaker } from './registry-population';
import { recordDob, recordName, swapDigits, wrongDigit } from './registry-recording';

export interface CorpusOptions {
  seed: number;
  registrySize: number;
  platformSize: number;
  /** Share of platform persons not in the registry. */
  outsiders?: number;
}

export interface RegistryCorpus {
  registry: RegistryPerson[];
  platform: PlatformPerson[];
  /** personKey → the registry idNumber of that person, or null when not in the registry. */
  truth: Map<string, string | null>;
}

// Children under 14 in 2022 had no ID card: the site records none.
const CHILD_FROM = 2008;

function recordId(rng: Random, id: string, year: number): string | undefined {
  if (year >= CHILD_FROM) return undefined;
  const how = rng.weighted([
    ['right', 750],
    ['one digit', 50],
    ['swapped', 30],
    ['old', 100],
    ['none', 60],
    ['another', 10],
  ] as const);
  if (how === 'right') return id;
  if (how === 'one digit') return wrongDigit(rng, id);
  if (how === 'swapped') return swapDigits(rng, id);
  if (how === 'old') return rng.digits(9);
  // An ID the registry lacks: its structure kept, its serial another.
  return how === 'another' ? id.slice(0, 6) + rng.digits(6) : undefined;
}

/** What a site typed for a person whose true identity is `who`, vaccinated in `site3`. */
function recordPerson(
  rng: Random,
  who: RegistryPerson,
  fullDob: string,
  site3: string,
  key: string,
): PlatformPerson {
  const year = Number(fullDob.slice(0, 4));
  const home = provinceOfId(site3) === who.provinceCode;
  const person: PlatformPerson = {
    personKey: key,
    recordIds: Array.from({ length: rng.between(1, 3) }, (_, k) => `${key}-r${k + 1}`),
    fullName: recordName(rng, who.fullName),
    dob: recordDob(rng, fullDob),
    sex: rng.chance(0.01) ? (who.sex === 'M' ? 'F' : 'M') : who.sex,
    provinceCode: provinceOfId(site3),
  };
  const id = recordId(rng, who.idNumber, year);
  if (id !== undefined) person.idNumber = id;
  if (home && rng.chance(year >= CHILD_FROM ? 0.9 : 0.6))
    person.communeCode = rng.chance(0.95) ? who.communeCode : randomCommune(rng, site3);
  // A child's phone is the guardian's, which the registry lists for half of them.
  const phone =
    who.phone !== undefined && rng.chance(0.8)
      ? who.phone
      : rng.chance(0.3)
        ? randomMobile(rng)
        : undefined;
  if (phone !== undefined) person.phone = phone;
  return person;
}

// The registry's date is partial for many elderly people; the site types a full one in that year.
const fullDobOf = (rng: Random, dob: string): string =>
  dob.length === 10
    ? dob
    : `${dob.slice(0, 7)}${dob.length === 4 ? `-0${rng.between(1, 9)}` : ''}-01`;

const province3Of = (p: RegistryPerson): string => p.idNumber.slice(0, 3);

export function registryCorpus(options: CorpusOptions): RegistryCorpus {
  const rng = createRandom(options.seed);
  const maker = new PopulationMaker(rng);
  const registry = makeRegistry(rng, options.registrySize, maker);
  const outsiderShare = options.outsiders ?? 0.08;
  const platform: PlatformPerson[] = [];
  const truth = new Map<string, string | null>();
  const order = registry.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let next = 0;
  while (platform.length < options.platformSize) {
    const key = `p${platform.length + 1}`;
    if (rng.chance(outsiderShare)) {
      // Someone the registry lacks; a few bear the name and birthday of someone it has, elsewhere.
      const pool = maker.members(maker.household());
      const who = rng.chance(0.1) ? maker.namesake(rng.pick(registry)) : rng.pick(pool);
      platform.push(recordPerson(rng, who, fullDobOf(rng, who.dob), province3Of(who), key));
      truth.set(key, null);
      continue;
    }
    // Now and then the same person was recorded twice, at two sites (issue 19, point 6).
    const who =
      rng.chance(0.02) && next > 0 ? registry[order[rng.int(next)]!]! : registry[order[next++]!]!;
    const site3 = rng.chance(0.88) ? province3Of(who) : randomProvince(rng);
    platform.push(recordPerson(rng, who, fullDobOf(rng, who.dob), site3, key));
    truth.set(key, who.idNumber);
  }
  return { registry, platform, truth };
}
