// Staff and their PINs. A PIN is shown once, when it is set, and stored only as a
// slow salted verifier; the `staff` change carrying the verifier lets tablets check it offline.
import { randomInt } from 'node:crypto';
import {
  createPinVerifier,
  isPinFormat,
  PIN_MAX_LENGTH,
  PIN_MIN_LENGTH,
} from '../../../src/domain/pin';
import type { StaffRole } from '../../../src/domain/protocol';
import { AdminError } from './admin-error';
import { codeId, existingSite, oneOf, refuseCaseTwin, required } from './checks';
import type { Command } from '../shared/admin-command';
import { staffRepo } from '../store/repos/staff';

const ROLES: readonly StaffRole[] = ['volunteer', 'nurse', 'doctor', 'admin'];

function pinOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isPinFormat(value)) {
    throw new AdminError(
      `--pin must be ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} digits (a shorter PIN is too easy to ` +
        'guess); choose a longer one, or leave out --pin for a random 6-digit PIN',
    );
  }
  return value;
}

/** Six random digits, leading zeros kept. */
export function randomPin(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

const staffCreate: Command = {
  usage: '--site ID --id STAFF_ID --name NAME --role volunteer|nurse|doctor|admin [--pin DIGITS]',
  options: ['site', 'id', 'name', 'role', 'pin'],
  async run(store, o) {
    const site = await existingSite(store, o.site);
    const pin = pinOption(o.pin);
    const id = codeId(o.id, 'id');
    refuseCaseTwin('staff', id, await staffRepo(store).idIgnoringCase(site, id));
    const staff = {
      id,
      name: required(o.name, 'name'),
      role: oneOf(o.role, 'role', ROLES),
      // Without --pin, a staff member saved again keeps the PIN they had.
      ...(pin !== undefined && { pin: await createPinVerifier(pin) }),
    };
    await store.transaction((tx) => staffRepo(tx).put(site, [staff]));
    return [`Staff ${staff.id} saved for site ${site}${pin === undefined ? '' : ', PIN set'}`];
  },
};

const staffPin: Command = {
  usage: '--site ID --staff STAFF_ID [--pin DIGITS]   (no --pin: a random 6-digit PIN)',
  options: ['site', 'staff', 'pin'],
  async run(store, o) {
    const site = await existingSite(store, o.site);
    const staffId = codeId(o.staff, 'staff');
    const given = pinOption(o.pin);
    const pin = given ?? randomPin();
    const verifier = await createPinVerifier(pin);
    if (!(await store.transaction((tx) => staffRepo(tx).setPin(site, staffId, verifier)))) {
      throw new AdminError(`no staff "${staffId}" at site "${site}"; add them with staff:add`);
    }
    const lines = [
      `PIN set for staff ${staffId} at site ${site}; tablets get it at their next sync`,
    ];
    // A PIN the operator typed is not echoed; a generated one is shown this once and never stored.
    if (given === undefined) lines.push(`New PIN: ${pin}  (shown only now; write it down)`);
    return lines;
  },
};

export const STAFF_COMMANDS: Record<string, Command> = {
  'staff:create': staffCreate,
  'staff:add': staffCreate,
  'staff:pin': staffPin,
};
