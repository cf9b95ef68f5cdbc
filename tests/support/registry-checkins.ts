// A registry corpus's platform persons as the server holds them: check-in records at one site per
// province, stored straight into the records table (matching reads them; how they were pushed
// does not matter here), and the truth per record id, so a test or the bench scores the report
// CSV the way an outside checker does.
import { parse } from 'csv-parse/sync';
import { newId } from '../../src/domain/ids';
import type { PlatformPerson } from '../../src/domain/registry/types';
import type { CheckinRecord, Citizen } from '../../src/domain/records';
import { devicesRepo } from '../../sync-server/src/devices';
import { recordsRepo } from '../../sync-server/src/sync';
import { sitesRepo } from '../../sync-server/src/store/repos/sites';
import type { Store } from '../../sync-server/src/store/store';

const DAY = '2026-11-23';
const CHILD_FROM = 2008;

const siteOf = (provinceCode: string | undefined) => `P${provinceCode ?? '79'}`;

function citizenOf(p: PlatformPerson): Citizen {
  const child = Number(p.dob.slice(0, 4)) >= CHILD_FROM;
  return {
    ...(p.idNumber === undefined ? {} : { id: p.idNumber }),
    fullName: p.fullName,
    dob: p.dob,
    sex: p.sex ?? 'F',
    ...(p.phone === undefined
      ? {}
      : child
        ? { guardian: { name: 'Phụ huynh', phone: p.phone } }
        : { phone: p.phone }),
  };
}

export interface StoredCorpus {
  /** Check-in record id → the registry ID number of the person it is, or null. */
  truth: Map<string, string | null>;
  checkins: number;
}

/** Stores a check-in for every record id of every person; `truth` is the corpus's, by person. */
export async function storeCorpusCheckins(
  store: Store,
  platform: readonly PlatformPerson[],
  truthOfPerson: ReadonlyMap<string, string | null>,
): Promise<StoredCorpus> {
  const provinces = new Set(platform.map((p) => p.provinceCode ?? '79'));
  const now = new Date();
  const deviceOf = new Map<string, string>();
  for (const code of provinces) {
    const siteId = siteOf(code);
    if (!(await sitesRepo(store).get(siteId)))
      await sitesRepo(store).create({ id: siteId, name: `Trạm ${code}`, province: code }, now);
    deviceOf.set(siteId, (await devicesRepo(store).create(siteId, 'corpus', now)).id);
  }
  const truth = new Map<string, string | null>();
  const rowsOf = (p: PlatformPerson) =>
    p.recordIds.map((_, n) => {
      const id = newId();
      const siteId = siteOf(p.provinceCode);
      const record: CheckinRecord = {
        id,
        type: 'checkin',
        siteId,
        staffId: 'bench',
        visitKey: `${siteId}:${DAY}:${p.idNumber ?? id}`,
        occurredAt: `${DAY}T09:${String(n).padStart(2, '0')}:00.000+07:00`,
        data: { method: 'manual', citizen: citizenOf(p) },
      };
      truth.set(id, truthOfPerson.get(p.personKey) ?? null);
      return {
        id,
        site_id: siteId,
        device_id: deviceOf.get(siteId)!,
        type: 'checkin',
        visit_key: record.visitKey,
        visit_date: DAY,
        occurred_at: record.occurredAt,
        received_at: now.toISOString(),
        body: JSON.stringify(record),
        target_id: null,
        registration_id: null,
      };
    });
  // A few thousand at a time, so a corpus of any size is stored in bounded memory.
  let checkins = 0;
  for (let i = 0; i < platform.length; i += 2000) {
    const rows = platform.slice(i, i + 2000).flatMap(rowsOf);
    await store.transaction((tx) => recordsRepo(tx).insert(rows, []));
    checkins += rows.length;
  }
  return { truth, checkins };
}

export interface ReportScore {
  /** Assigned persons (verified or mismatch) whose registry_id is right. */
  precision: number;
  /** Persons truly in the registry assigned their right registry_id. */
  recall: number;
  /** Persons marked verified who are not in the registry at all. */
  verifiedOutsiders: number;
  persons: number;
}

/**
 * Scores a report CSV against the truth, as a checker outside the platform would: a person's truth
 * is that of its check-ins, and a person whose check-ins disagree is wrong wherever it is assigned.
 */
export function scoreReport(csv: string, truth: ReadonlyMap<string, string | null>): ReportScore {
  const rows: Record<string, string>[] = parse(csv, { columns: true });
  let [assigned, right, inRegistry, verifiedOutsiders] = [0, 0, 0, 0];
  for (const row of rows) {
    const truths = new Set(row.record_ids!.split(' ').map((id) => truth.get(id) ?? null));
    const real = truths.size === 1 ? [...truths][0]! : undefined;
    const isAssigned = row.status === 'verified' || row.status === 'mismatch';
    if (typeof real === 'string') inRegistry += 1;
    if (isAssigned) assigned += 1;
    if (isAssigned && typeof real === 'string' && row.registry_id === real) right += 1;
    if (row.status === 'verified' && real === null) verifiedOutsiders += 1;
  }
  return {
    precision: assigned === 0 ? 1 : right / assigned,
    recall: inRegistry === 0 ? 1 : right / inRegistry,
    verifiedOutsiders,
    persons: rows.length,
  };
}
