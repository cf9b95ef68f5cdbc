// Keeps the site's device list (ids, public keys, revocation) on the tablet, fetched after each
// pull, so a hand-off code from another tablet of the site can be verified with no network
// (docs/handoff.md). A failed or malformed answer keeps the list held before. Loaded on demand
// (after the first pull, or by the stations): the app shell does not carry it.
import { readSiteDevices, type SiteDevice } from '../domain/handoff/site-devices';
import type { ApiClient } from './api-client';

export const META_SITE_DEVICES = 'siteDevices';

export interface SiteDevicesStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export async function pullSiteDevices(
  api: Pick<ApiClient, 'siteDevices'> | undefined,
  meta: SiteDevicesStore,
): Promise<void> {
  const answer = await api?.siteDevices();
  const devices = answer?.ok ? readSiteDevices(answer.value) : null;
  if (devices !== null) await meta.set(META_SITE_DEVICES, devices);
}

/** The list as last pulled, read again as hostile input (none yet: empty). */
export async function heldSiteDevices(meta: SiteDevicesStore): Promise<SiteDevice[]> {
  const stored = await meta.get<SiteDevice[]>(META_SITE_DEVICES);
  return readSiteDevices({ devices: stored }) ?? [];
}
