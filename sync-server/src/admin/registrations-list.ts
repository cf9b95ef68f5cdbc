// Who is registered: the ID numbers a newcomer or a trainer can type at the desk to try a check-in
// (the demo seeds 2,000 made-up citizens and prints only a few at its first start).
import type { Registration } from '../../../src/domain/protocol';
import { AdminError } from './admin-error';
import { existingSite, isoDate, positiveNumber } from './checks';
import type { Command } from '../shared/admin-command';
import { registrationsRepo } from '../store/repos/registrations';

/** One line a person can read and type from: ID (or "no ID"), name, birth date, session, code. */
export function registrationLine(r: Registration): string {
  const id = r.citizen.id ?? '(no ID: use the slip code)';
  return `${id}  ${r.citizen.fullName}  born ${r.citizen.dob}  session ${r.sessionDate}  code ${r.code}`;
}

export const registrationsListCommand: Command = {
  usage: '--site ID [--date YYYY-MM-DD] [--limit 10]',
  options: ['site', 'date', 'limit'],
  async run(store, o) {
    const site = await existingSite(store, o.site);
    const limit = positiveNumber(o.limit, 'limit', { integer: true, fallback: 10 });
    const found = await registrationsRepo(store).list(site, {
      ...(o.date !== undefined && { sessionDate: isoDate(o.date, 'date') }),
      limit,
    });
    if (found.length === 0) throw new AdminError('no registrations match');
    return found.map(registrationLine);
  },
};
