// The admin commands. Each takes the parsed options and returns the lines to print; bad input
// throws AdminError. Reference data written here also lands in `changes`, so tablets pull it.
import { readFileSync } from 'node:fs';
import { isoWithOffset, localDateOf } from '../../../src/domain/time';
import { AdminError } from './admin-error';
import type { Command } from '../shared/admin-command';
import {
  codeId,
  deviceId,
  districtCode,
  existingSite,
  isoDate,
  positiveNumber,
  refuseCaseTwin,
  required,
  vaccineCode,
} from './checks';
import { importRegistrations } from './import-registrations';
import { registrationsListCommand } from './registrations-list';
import { importRecordsCommand } from './import-records';
import { OPERATOR_COMMANDS } from './operator-commands';
import { slipsCommand } from './slips';
import { STAFF_COMMANDS } from './staff-commands';
import { sitesRepo } from '../store/repos/sites';
import { lotsRepo } from '../store/repos/lots';
import { enrollmentRepo, devicesRepo } from '../devices';
import { registryCommands } from '../registry';
import { certificateCommands } from '../certificates';

export const COMMANDS: Record<string, Command> = {
  'site:create': {
    usage: '--id ID --name NAME --province CODE [--district CODE]',
    options: ['id', 'name', 'province', 'district'],
    async run(store, o) {
      const site = {
        id: codeId(o.id, 'id'),
        name: required(o.name, 'name'),
        province: required(o.province, 'province'),
        ...(o.district !== undefined && { district: districtCode(o.district) }),
      };
      if (await sitesRepo(store).get(site.id))
        throw new AdminError(`site "${site.id}" already exists`);
      refuseCaseTwin('site', site.id, await sitesRepo(store).idIgnoringCase(site.id));
      await sitesRepo(store).create(site, new Date());
      return [`Site ${site.id} created${site.district ? ` (district ${site.district})` : ''}`];
    },
  },
  'site:district': {
    usage: '--site ID --district CODE   (a site created without one, or moved)',
    options: ['site', 'district'],
    async run(store, o) {
      const site = await existingSite(store, o.site);
      const district = districtCode(o.district);
      await sitesRepo(store).setDistrict(site, district);
      return [`Site ${site} is in district ${district}`];
    },
  },
  ...STAFF_COMMANDS,
  ...OPERATOR_COMMANDS,
  'lot:create': {
    usage: '--site ID --lot LOT --vaccine CODE --expiry YYYY-MM-DD --doses N',
    options: ['site', 'lot', 'vaccine', 'expiry', 'doses'],
    async run(store, o) {
      const site = await existingSite(store, o.site);
      const lot = {
        lot: codeId(o.lot, 'lot'),
        vaccine: vaccineCode(o.vaccine),
        expiry: isoDate(o.expiry, 'expiry'),
        dosesAllocated: positiveNumber(o.doses, 'doses', { integer: true }),
      };
      refuseCaseTwin('lot', lot.lot, await lotsRepo(store).lotIgnoringCase(site, lot.lot));
      await store.transaction((tx) => lotsRepo(tx).put(site, [lot]));
      return [`Lot ${lot.lot} saved for site ${site}`];
    },
  },
  'code:create': {
    usage: '--site ID [--hours 24] [--uses 1]',
    options: ['site', 'hours', 'uses'],
    async run(store, o) {
      const site = await existingSite(store, o.site);
      const { code, expiresAt } = await enrollmentRepo(store).create(site, {
        validHours: positiveNumber(o.hours, 'hours', { fallback: 24 }),
        maxUses: positiveNumber(o.uses, 'uses', { integer: true, fallback: 1 }),
        now: new Date(),
      });
      return [`Enrollment code: ${code}`, `Site ${site}, valid until ${expiresAt}`];
    },
  },
  'device:list': {
    usage: '--site ID',
    options: ['site'],
    async run(store, o) {
      const devices = await devicesRepo(store).list(await existingSite(store, o.site));
      if (devices.length === 0) return ['No devices'];
      return devices.map(
        (d) =>
          `${d.id}  ${d.name}  enrolled ${d.createdAt}${d.revokedAt ? `  REVOKED ${d.revokedAt}` : ''}`,
      );
    },
  },
  'device:revoke': {
    usage: '--device DEVICE_ID',
    options: ['device'],
    async run(store, o) {
      const id = deviceId(o.device);
      if (!(await devicesRepo(store).revoke(id, new Date())))
        throw new AdminError(`no device "${id}"`);
      return [`Device ${id} revoked`];
    },
  },
  'registrations:import': {
    usage: '--site ID --file registrations.csv [--session-date YYYY-MM-DD]',
    options: ['site', 'file', 'session-date'],
    async run(store, o) {
      const site = await existingSite(store, o.site);
      const file = required(o.file, 'file');
      // Rows without their own session date get this one (default: today in Vietnam, UTC+7).
      const sessionDate =
        o['session-date'] === undefined
          ? localDateOf(isoWithOffset(new Date(), 7 * 60))
          : isoDate(o['session-date'], 'session-date');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new AdminError(`cannot read ${file}`);
      }
      const report = await importRegistrations(store, site, text, { sessionDate });
      return [
        ...report.errors.map((e) => `line ${e.line}: ${e.field}: ${e.message}`),
        `Imported ${report.imported} registrations; ${report.errors.length} rows with errors`,
      ];
    },
  },
  'registrations:list': registrationsListCommand,
  'registrations:slips': slipsCommand,
  'records:import': importRecordsCommand,
  ...registryCommands((message) => new AdminError(message)),
  ...certificateCommands((message) => new AdminError(message)),
};
