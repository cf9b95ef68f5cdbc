// On an empty database the server seeds the demo site so a fresh install can be tried at once.
import { createPinVerifier } from '../../../src/domain/pin';
import { isoWithOffset, localDateOf } from '../../../src/domain/time';
import type { Registration, StaffRole } from '../../../src/domain/protocol';
import { demoData } from './demo-data';
import { DEMO_OPERATORS } from './demo-operators';
import { DEMO_PINS } from './demo-reference';
import type { Store } from '../store/store';
import { createPasswordVerifier, newPassword, operatorsRepo } from '../operators';
import { sitesRepo } from '../store/repos/sites';
import { staffRepo } from '../store/repos/staff';
import { lotsRepo } from '../store/repos/lots';
import { registrationsRepo } from '../store/repos/registrations';
import { enrollmentRepo } from '../devices';

/** The demo code works for a day and for several tablets, so a whole demo site can enroll. */
const DEMO_CODE = { validHours: 24, maxUses: 20 };

export interface DemoSeed {
  code: string;
  siteId: string;
  /** Each demo staff member's PIN, to print at start. */
  pins: { pin: string; name: string; role: StaffRole }[];
  /** The demo report operators and their passwords, to print at start. */
  operators: { username: string; password: string; name: string }[];
  /** A few registered adults of today's session with an ID, to type at the desk. */
  citizens: Registration[];
}

const CITIZENS_SHOWN = 3;

/** Seeds and returns a fresh enrollment code, or undefined when the database already has sites. */
export async function seedDemoIfEmpty(
  store: Store,
  now: Date,
  registrations?: number,
): Promise<DemoSeed | undefined> {
  if ((await sitesRepo(store).count()) > 0) return undefined;
  // The site's day in Vietnam (UTC+7), for its sessions and for the citizens printed at start.
  const today = localDateOf(isoWithOffset(now, 7 * 60));
  const demo = demoData({ registrations, today });
  // The slow PIN derivations run before the transaction, not inside it.
  const staff = await Promise.all(
    demo.staff.map(async (s) => {
      const pin = DEMO_PINS[s.id];
      return pin === undefined ? s : { ...s, pin: await createPinVerifier(pin) };
    }),
  );
  const pins = demo.staff.flatMap((s) => {
    const pin = DEMO_PINS[s.id];
    return pin === undefined ? [] : [{ pin, name: s.name, role: s.role }];
  });
  const operators = await Promise.all(
    DEMO_OPERATORS.map(async (o) => {
      const password = newPassword();
      return { ...o, password, verifier: await createPasswordVerifier(password) };
    }),
  );
  return store.transaction(async (tx) => {
    await sitesRepo(tx).create(demo.site, now);
    await staffRepo(tx).put(demo.site.id, staff);
    await lotsRepo(tx).put(demo.site.id, demo.lots);
    await registrationsRepo(tx).put(demo.site.id, demo.registrations);
    const { code } = await enrollmentRepo(tx).create(demo.site.id, { ...DEMO_CODE, now });
    for (const o of operators) {
      await operatorsRepo(tx).create(
        { id: o.id, name: o.name, scope: o.scope, password: o.verifier },
        now,
      );
    }
    const shown = operators.map((o) => ({ username: o.id, password: o.password, name: o.name }));
    const citizens = demo.registrations
      .filter((r) => r.sessionDate === today && r.citizen.id !== undefined && !r.citizen.guardian)
      .slice(0, CITIZENS_SHOWN);
    return { code, siteId: demo.site.id, pins, operators: shown, citizens };
  });
}
