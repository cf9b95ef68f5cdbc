// The site's tablets as the server lists them to each of its tablets (GET /sync/devices): whose
// signature a hand-off code may carry (docs/handoff.md). Read as hostile input when stored and
// again when a code is checked against it.
import { isUuid } from '../ids';

export interface SiteDevice {
  id: string;
  name: string;
  /** The public JWK the tablet enrolled with; null for a tablet enrolled before keys existed. */
  publicKey: JsonWebKey | null;
  /** UTC ISO time it was revoked; its codes are refused from then on. */
  revokedAt: string | null;
}

export interface SiteDevicesResponse {
  devices: SiteDevice[];
}

/** A site has a handful of tablets; far more is not a list this tablet should hold. */
export const MAX_SITE_DEVICES = 1000;

const isKey = (value: unknown): value is JsonWebKey => {
  if (typeof value !== 'object' || value === null) return false;
  const { kty, crv, x, y } = value as Record<string, unknown>;
  return kty === 'EC' && crv === 'P-256' && typeof x === 'string' && typeof y === 'string';
};

function readDevice(value: unknown): SiteDevice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, publicKey, revokedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !isUuid(id) || typeof name !== 'string') return null;
  if (publicKey !== null && !isKey(publicKey)) return null;
  if (revokedAt !== null && typeof revokedAt !== 'string') return null;
  const key =
    publicKey === null ? null : { kty: 'EC', crv: 'P-256', x: publicKey.x, y: publicKey.y };
  return { id, name, publicKey: key, revokedAt };
}

/** The devices of a server answer, or null when it is not one. */
export function readSiteDevices(value: unknown): SiteDevice[] | null {
  const devices = (value as { devices?: unknown } | null)?.devices;
  if (!Array.isArray(devices) || devices.length > MAX_SITE_DEVICES) return null;
  const read = devices.map(readDevice);
  return read.every((d): d is SiteDevice => d !== null) ? read : null;
}
