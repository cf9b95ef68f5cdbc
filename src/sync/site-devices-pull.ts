// Keeps the site's device list (ids, public keys, revocation) on the tablet, fetched after each
// pull, so a hand-off code from another tablet of the site can be verified with no network
// (docs/handoff.md). A failed or malformed answer keeps the list held before.
import { readSiteDevices, type SiteDevice } from '../domain/handoff/site-devices';
import type { ApiClient } from './api-client';

export const META_SITE_DEVICES = 'siteDevices';

export interface SiteDevicesStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export function createSiteDevicesPuller(deps: {
  api(): Pick<ApiClient, 'siteDevices'> | undefined;
  meta: SiteDevicesStore;
}) {
  return {
    async pull(): Promise<void> {
      const answer = await deps.api()?.siteDevices();
      const devices = answer?.ok ? readSiteDevices(answer.value) : null;
      if (devices !== null) await deps.meta.set(META_SITE_DEVICES, devices);
    },
    /** The list as last pulled, read again as hostile input (none yet: empty). */
    async held(): Promise<SiteDevice[]> {
      const stored = await deps.meta.get<SiteDevice[]>(META_SITE_DEVICES);
      return readSiteDevices({ devices: stored }) ?? [];
    },
  };
}
