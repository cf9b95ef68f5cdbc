// Accepting the registry's values writes ordinary correction records, through the same checks and
// the same ingest as a tablet's (so tablets pull them and every derived table follows), made at
// each site by its "registry cleaning" staff member (an admin without a PIN, so no one signs in
// as it) on a device of the server's own. Which operator did it is in the correction's reason and
// in the audit.
import { v7 as uuidv7 } from 'uuid';
import { MAX_BATCH_RECORDS } from '../../../src/domain/protocol';
import type { CorrectionRecord } from '../../../src/domain/records';
import { registryChanges } from '../../../src/domain/registry/registry-corrections';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import { isoWithOffset } from '../../../src/domain/time';
import { devicesRepo, type DeviceIdentity } from '../devices';
import { staffRepo } from '../store/repos/staff';
import type { Store } from '../store/store';
import { checkBatch, storeInTransaction } from '../sync';
import type { SiteRecord } from './checkin-reader';

export const CLEANING_STAFF = { id: 'registry-cleaning', name: 'Làm sạch dữ liệu dân cư' };
const CLEANING_DEVICE = 'Máy chủ: làm sạch dữ liệu dân cư';

async function cleaningDevice(store: Store, siteId: string, now: Date): Promise<DeviceIdentity> {
  if (!(await staffRepo(store).get(siteId, CLEANING_STAFF.id)))
    await staffRepo(store).put(siteId, [{ ...CLEANING_STAFF, role: 'admin' }]);
  const known = (await devicesRepo(store).list(siteId)).find((d) => d.name === CLEANING_DEVICE);
  return (
    known ?? { id: (await devicesRepo(store).create(siteId, CLEANING_DEVICE, now)).id, siteId }
  );
}

export interface ToCorrect {
  checkin: SiteRecord;
  registry: RegistryPerson;
}

/** Writes the corrections; resolves with the ids of the check-ins corrected. */
export async function correctToRegistry(
  store: Store,
  items: readonly ToCorrect[],
  operatorName: string,
  now: Date,
): Promise<string[]> {
  const reason = `Theo CSDL quốc gia về dân cư (${operatorName})`;
  const bySite = new Map<string, CorrectionRecord[]>();
  for (const { checkin, registry } of items) {
    const changes = registryChanges(checkin.citizen, registry);
    if (Object.keys(changes).length === 0) continue;
    const correction: CorrectionRecord = {
      id: uuidv7(),
      type: 'correction',
      siteId: checkin.siteId,
      staffId: CLEANING_STAFF.id,
      visitKey: checkin.visitKey,
      occurredAt: isoWithOffset(now, 7 * 60),
      data: { targetId: checkin.recordId, changes, reason },
    };
    bySite.set(checkin.siteId, [...(bySite.get(checkin.siteId) ?? []), correction]);
  }
  const corrected: string[] = [];
  for (const [siteId, corrections] of bySite) {
    const device = await cleaningDevice(store, siteId, now);
    for (let i = 0; i < corrections.length; i += MAX_BATCH_RECORDS) {
      const batch = corrections.slice(i, i + MAX_BATCH_RECORDS);
      const results = await storeInTransaction(
        store,
        device,
        checkBatch(device, batch, now),
        now.toISOString(),
      );
      const refused = results.filter((r) => r.status === 'rejected');
      if (refused.length > 0) {
        const e = refused[0]!.errors?.[0];
        throw new Error(`a registry correction was refused: ${e?.field} ${e?.code}: ${e?.message}`);
      }
      corrected.push(...batch.map((c) => c.data.targetId));
    }
  }
  return corrected;
}
