// Whether a tablet may take the records of a scanned hand-off code (docs/handoff.md): signed by a
// device of its own site that is not revoked, as the site's device list (pulled from the server)
// says, and every record valid and of this site. The server checks the same records again when
// either tablet pushes them; this check is what keeps a forged or foreign code out of the tablet.
import { verifyBytes } from '../device-export';
import type { VaxRecord } from '../records';
import { validateRecord } from '../validate-record';
import type { SiteDevice } from './site-devices';
import type { ReadHandoff } from './visit-code';

export type HandoffRefusal =
  /** Not a readable code (damaged, or not ours). */
  | 'format'
  /** Made at another site, or holding a record of another site. */
  | 'other-site'
  /** No device of this site by that id in the list this tablet holds. */
  | 'unknown-device'
  | 'revoked'
  /** The signature is not that device's: altered or forged. */
  | 'signature'
  | 'invalid-record';

export type HandoffCheck =
  { ok: true; deviceId: string; records: VaxRecord[] } | { ok: false; reason: HandoffRefusal };

export interface HandoffContext {
  siteId: string;
  devices: readonly SiteDevice[];
  now: Date;
}

export async function checkHandoff(
  code: ReadHandoff | null,
  { siteId, devices, now }: HandoffContext,
): Promise<HandoffCheck> {
  if (code === null) return { ok: false, reason: 'format' };
  const { payload } = code;
  if (payload.siteId !== siteId) return { ok: false, reason: 'other-site' };
  const device = devices.find((d) => d.id === payload.deviceId);
  if (device === undefined || device.publicKey === null) {
    return { ok: false, reason: 'unknown-device' };
  }
  if (device.revokedAt !== null) return { ok: false, reason: 'revoked' };
  if (!(await verifyBytes(device.publicKey, code.signature, code.signed))) {
    return { ok: false, reason: 'signature' };
  }
  const records: VaxRecord[] = [];
  for (const input of payload.records) {
    // Said first: a record of another site is refused as such, whatever else is wrong with it.
    if ((input as { siteId?: unknown } | null)?.siteId !== siteId) {
      return { ok: false, reason: 'other-site' };
    }
    const checked = validateRecord(input, now);
    if (!checked.ok) return { ok: false, reason: 'invalid-record' };
    records.push(checked.record);
  }
  return { ok: true, deviceId: device.id, records };
}
