// The demo site the server seeds on an empty database, and the data benchmarks load at scale.
// Same options → same output, byte for byte (the PRNG is seeded; nothing reads the clock
// except the default `today`).
import type { Lot, Registration, Staff } from '../../../src/domain/protocol';
import type { LocalDate } from '../../../src/domain/local-date';
import { isoWithOffset, localDateOf } from '../../../src/domain/time';
import type { StoredSite } from '../store/repos/sites';
import { DEMO_SITE, DEMO_STAFF, demoLots } from './demo-reference';
import { RegistrationFactory } from './demo-registrations';
import { createRandom } from './random';

export interface DemoDataOptions {
  /** How many registrations; default 2,000. */
  registrations?: number;
  /** PRNG seed; default 2021. */
  seed?: number;
  /** YYYY-MM-DD the session is held; default today in Vietnam (UTC+7). */
  today?: LocalDate;
}

export interface DemoData {
  site: StoredSite;
  staff: Staff[];
  lots: Lot[];
  registrations: Registration[];
}

const VIETNAM_OFFSET_MINUTES = 7 * 60;

export function demoData(options: DemoDataOptions = {}): DemoData {
  const today = options.today ?? localDateOf(isoWithOffset(new Date(), VIETNAM_OFFSET_MINUTES));
  const factory = new RegistrationFactory(createRandom(options.seed ?? 2021), today);
  const registrations = Array.from({ length: options.registrations ?? 2000 }, () => factory.make());
  return {
    site: { ...DEMO_SITE },
    staff: DEMO_STAFF.map((s) => ({ ...s })),
    lots: demoLots(today),
    registrations,
  };
}
