// Enrolling a tablet: the code is checked and used, and the device created, in one transaction.
import type { EnrollResponse } from '../../../src/domain/protocol';
import { type CodeCheck, enrollmentRepo } from './enrollment-repo';
import type { Store } from '../store/store';
import { sitesRepo } from '../store/repos/sites';
import { devicesRepo } from './devices-repo';

export type EnrollOutcome =
  { ok: true; response: EnrollResponse } | Extract<CodeCheck, { ok: false }>;

export async function enrollDevice(
  store: Store,
  code: string,
  deviceName: string,
  now: Date,
  publicKey?: JsonWebKey,
): Promise<EnrollOutcome> {
  return store.transaction(async (tx) => {
    const check = await enrollmentRepo(tx).consume(code, now);
    if (!check.ok) return check;
    const site = await sitesRepo(tx).get(check.siteId);
    if (!site) throw new Error('enrollment code points at a missing site');
    const device = await devicesRepo(tx).create(site.id, deviceName, now, publicKey);
    return { ok: true, response: { deviceId: device.id, token: device.token, site } };
  });
}
