// Reference data pulled from the server (registrations, lots, staff, the site's records from
// other tablets). Each pull page is applied together with its cursor in ONE transaction, so an
// interrupted pull resumes exactly after the last page that was stored.
import type { Change, DoseHistory, Lot, Registration, Staff } from '../domain/protocol';
import { nameDobKey } from '../domain/name-key';
import type { Citizen, VaxRecord } from '../domain/records';
import type { VaxDb } from './db';
import { countRegistrations, findRegistrations, toChunks } from './registration-chunks';
import { META_PULL_CURSOR } from './meta-repo';

interface Split<T> {
  put: T[];
  del: string[];
}

/** Keeps the last change per key (a page may put then delete the same key) and splits by op. */
function lastChangePerKey<T>(changes: readonly Change[], entity: Change['entity']): Split<T> {
  const last = new Map<string, Change>();
  for (const change of changes) {
    if (change.entity !== entity) continue;
    last.delete(change.key); // re-insert so order follows the latest change
    last.set(change.key, change);
  }
  const split: Split<T> = { put: [], del: [] };
  for (const [key, change] of last) {
    if (change.op === 'delete') split.del.push(key);
    else split.put.push(change.data as T);
  }
  return split;
}

export class ReferenceRepository {
  constructor(private readonly db: VaxDb) {}

  async applyChanges(changes: readonly Change[], cursor: string): Promise<void> {
    const { registrationChunks, lots, staff, records, meta, doseHistories } = this.db;
    const regs = lastChangePerKey<Registration>(changes, 'registration');
    const lotChanges = lastChangePerKey<Lot>(changes, 'lot');
    const staffChanges = lastChangePerKey<Staff>(changes, 'staff');
    // Records from other tablets go straight into `records`: they are never ours to push.
    const recs = lastChangePerKey<VaxRecord>(changes, 'record');
    const doses = lastChangePerKey<DoseHistory>(changes, 'dose-history');
    const chunks = toChunks(regs.put, regs.del);
    const tables = [registrationChunks, lots, staff, records, meta, doseHistories];
    await this.db.transaction('rw', tables, async () => {
      await Promise.all([
        chunks.length > 0 && registrationChunks.bulkAdd(chunks),
        lotChanges.put.length > 0 && lots.bulkPut(lotChanges.put),
        lotChanges.del.length > 0 && lots.bulkDelete(lotChanges.del),
        staffChanges.put.length > 0 && staff.bulkPut(staffChanges.put),
        staffChanges.del.length > 0 && staff.bulkDelete(staffChanges.del),
        recs.put.length > 0 && records.bulkPut(recs.put),
        doses.put.length > 0 && doseHistories.bulkPut(doses.put),
        meta.put({ key: META_PULL_CURSOR, value: cursor }),
      ]);
    });
  }

  /**
   * Forgets the reference data of the site this tablet leaves (registrations, lots, staff, dose
   * histories) and the pull cursor, so the next pull fetches the new site's from the start.
   * Records stay: they are history, and each names its own site.
   */
  async forgetSite(): Promise<void> {
    const { registrationChunks, lots, staff, meta, doseHistories } = this.db;
    await this.db.transaction('rw', [registrationChunks, lots, staff, meta, doseHistories], () =>
      Promise.all([
        registrationChunks.clear(),
        lots.clear(),
        staff.clear(),
        doseHistories.clear(),
        meta.delete(META_PULL_CURSOR),
      ]),
    );
  }

  /** Where the next pull starts; undefined before the first page was stored. */
  async cursor(): Promise<string | undefined> {
    const row = await this.db.meta.get(META_PULL_CURSOR);
    return typeof row?.value === 'string' ? row.value : undefined;
  }

  /** The citizen's registration by 12-digit or old 9-digit ID; with several, the one for the latest session date. */
  async registrationByCitizenId(citizenId: string): Promise<Registration | undefined> {
    const found = await findRegistrations(this.db, 'citizenIds', citizenId);
    return found.reduce<Registration | undefined>(
      (best, r) => (best === undefined || r.sessionDate > best.sessionDate ? r : best),
      undefined,
    );
  }

  async registrationByCode(code: string): Promise<Registration | undefined> {
    return (await findRegistrations(this.db, 'codes', code))[0];
  }

  /** Everyone current with this name (any accents, case, spacing) and date of birth. */
  registrationsByNameDob(fullName: string, dob: string): Promise<Registration[]> {
    return findRegistrations(this.db, 'nameDobKeys', nameDobKey(fullName, dob));
  }

  /**
   * The citizen this tablet already knows under `id`, from a registration or else from the
   * latest check-in stored (its own or pulled from another tablet), so that a walk-in with a
   * known ID reuses that person instead of becoming a second one.
   */
  async citizenById(id: string): Promise<Citizen | undefined> {
    const registered = await this.registrationByCitizenId(id);
    if (registered) return registered.citizen;
    const records = await this.db.records.where('data.citizen.id').equals(id).sortBy('occurredAt');
    const last = records.filter((r) => r.type === 'checkin').at(-1);
    return last?.type === 'checkin' ? last.data.citizen : undefined;
  }

  registrationCount(): Promise<number> {
    return countRegistrations(this.db);
  }

  staff(): Promise<Staff[]> {
    return this.db.staff.toArray();
  }

  lots(): Promise<Lot[]> {
    return this.db.lots.toArray();
  }

  doseHistory(citizenId: string): Promise<DoseHistory | undefined> {
    return this.db.doseHistories.get(citizenId);
  }
}
