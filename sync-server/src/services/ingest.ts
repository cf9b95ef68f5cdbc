// Ingests one pushed batch (DESIGN §4): validate every record, then in ONE transaction look up
// staff roles, already-stored ids and correction targets for the whole batch, bulk-insert what
// is new with its flags and `changes` rows, and update the dose histories it touches. Per-record
// problems become `rejected` results; only an unexpected error fails the batch, and then nothing
// of it is written.
import { canonicalJson } from '../../../src/domain/canonical-json';
import type { PushResult } from '../../../src/domain/protocol';
import type { FieldError, VaxRecord } from '../../../src/domain/records';
import { validateRecord } from '../../../src/domain/validate-record';
import type { DeviceIdentity } from '../store/repos/devices';
import type { RecordFlag } from '../store/repos/records';
import type { RecordsTable } from '../store/schema';
import type { Repos, Store } from '../store/store';
import { updateDoseHistories } from './dose-histories';
import { authorityErrors, type FoundTarget } from './record-authority';

interface Candidate {
  index: number;
  record: VaxRecord;
  flags: FieldError[];
}

function idOf(input: unknown): string {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '';
}

function rejected(id: string, errors: FieldError[]): PushResult {
  return { id, status: 'rejected', errors };
}

const error = (field: string, code: string, message: string): FieldError[] => [
  { field, code, message },
];

/** The stored records that corrections of the batch name: one query, none without corrections. */
async function storedTargets(tx: Repos, candidates: readonly Candidate[]) {
  const ids = candidates.flatMap((c) =>
    c.record.type === 'correction' ? [c.record.data.targetId] : [],
  );
  const targets = new Map<string, FoundTarget>();
  if (ids.length === 0) return targets;
  for (const [id, row] of await tx.records.byIds(ids)) {
    targets.set(id, { siteId: row.siteId, record: JSON.parse(row.body) as VaxRecord });
  }
  return targets;
}

export async function ingestBatch(
  store: Store,
  device: DeviceIdentity,
  inputs: readonly unknown[],
  now: Date,
): Promise<PushResult[]> {
  const results: PushResult[] = new Array(inputs.length);
  const candidates: Candidate[] = [];
  inputs.forEach((input, index) => {
    const checked = validateRecord(input);
    if (!checked.ok) results[index] = rejected(idOf(input), checked.errors);
    else if (checked.record.siteId !== device.siteId) {
      results[index] = rejected(
        checked.record.id,
        error('siteId', 'wrong-site', "The record belongs to another site than this device's"),
      );
    } else candidates.push({ index, record: checked.record, flags: checked.flags });
  });

  return store.transaction(async (tx) => {
    const roles = await tx.staff.rolesOf(
      device.siteId,
      candidates.map((c) => c.record.staffId),
    );
    const stored = await tx.records.bodiesOf(candidates.map((c) => c.record.id));
    const targets = await storedTargets(tx, candidates);
    const receivedAt = now.toISOString();
    const rows: RecordsTable[] = [];
    const flags: RecordFlag[] = [];
    const accepted: VaxRecord[] = [];
    for (const { index, record, flags: recordFlags } of candidates) {
      const role = roles.get(record.staffId);
      if (role === undefined) {
        results[index] = rejected(
          record.id,
          error('staffId', 'unknown-staff', 'No staff member of this site has this id'),
        );
        continue;
      }
      const body = canonicalJson(record);
      const previous = stored.get(record.id);
      // A re-send of what is stored stays a duplicate even if the sender's role changed since.
      if (previous !== undefined) {
        results[index] =
          previous === body
            ? { id: record.id, status: 'duplicate' }
            : rejected(
                record.id,
                error('id', 'conflict', 'A different record with this id is already stored'),
              );
        continue;
      }
      const target = record.type === 'correction' ? targets.get(record.data.targetId) : undefined;
      const refused = authorityErrors(record, role, target);
      if (refused.length > 0) {
        results[index] = rejected(record.id, refused);
        continue;
      }
      // Later copies of this id in the same batch are then judged against this one, and later
      // corrections of it against it.
      stored.set(record.id, body);
      targets.set(record.id, { siteId: device.siteId, record });
      accepted.push(record);
      rows.push({
        id: record.id,
        site_id: device.siteId,
        device_id: device.id,
        type: record.type,
        visit_key: record.visitKey,
        occurred_at: record.occurredAt,
        received_at: receivedAt,
        body,
        target_id: record.type === 'correction' ? record.data.targetId : null,
      });
      for (const flag of recordFlags) flags.push({ recordId: record.id, ...flag });
      results[index] = { id: record.id, status: 'accepted' };
    }
    await tx.records.insert(rows, flags);
    await tx.changes.appendRecords(rows.map((r) => r.id));
    await updateDoseHistories(tx, device.siteId, accepted, targets);
    return results;
  });
}
