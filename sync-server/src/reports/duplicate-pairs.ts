// Who recorded each side of a duplicate dose: an operator must be able to find both
// records, so each flagged dose row names the rows that repeat it, with the tablet, the staff
// member and the time of each. Records outside the operator's scope are named by id and site only.
// Built on citizen_doses, which holds doses as they stand after corrections: a dose a correction
// takes away stops counting as a duplicate.
import type { Store } from '../store/store';
import type { OperatorScope } from '../operators';
import { qualityQueriesRepo } from './queries/quality-queries';

export interface DoseOrigin {
  id: string;
  siteId?: string;
  deviceId?: string;
  deviceName?: string;
  staffId?: string;
  /** As the tablet recorded it, with its offset. */
  occurredAt?: string;
}

export interface DuplicatePair {
  /** The flagged record itself. */
  self: DoseOrigin;
  /** The records that repeat it, oldest id first. */
  others: DoseOrigin[];
}

function staffOf(body: string): string | undefined {
  try {
    const staffId = (JSON.parse(body) as { staffId?: unknown }).staffId;
    return typeof staffId === 'string' ? staffId : undefined;
  } catch {
    return undefined;
  }
}

/** For each of these duplicated dose records, itself and its partners, as far as scope shows. */
export async function duplicatePairs(
  store: Store,
  scope: OperatorScope,
  recordIds: readonly string[],
): Promise<Map<string, DuplicatePair>> {
  const partners = await qualityQueriesRepo(store).duplicatePartners(recordIds);
  const ids = [...new Set([...recordIds, ...partners.map((p) => p.partnerId)])];
  const origins = new Map<string, DoseOrigin>();
  for (const r of await qualityQueriesRepo(store).recordOrigins(scope, ids)) {
    origins.set(r.id, {
      id: r.id,
      deviceId: r.deviceId,
      ...(r.deviceName !== null && { deviceName: r.deviceName }),
      ...(staffOf(r.body) !== undefined && { staffId: staffOf(r.body) }),
      occurredAt: r.occurredAt,
    });
  }
  const pairs = new Map<string, DuplicatePair>(
    recordIds.map((id) => [id, { self: origins.get(id) ?? { id }, others: [] }]),
  );
  for (const p of partners) {
    pairs
      .get(p.recordId)
      ?.others.push(origins.get(p.partnerId) ?? { id: p.partnerId, siteId: p.siteId });
  }
  return pairs;
}
