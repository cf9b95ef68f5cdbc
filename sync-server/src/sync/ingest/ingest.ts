// Ingests one pushed batch (docs/protocol.md) in two steps. `checkBatch` validates every record and
// spells it canonically, touching no database, so it can run apart from the writing. `storeBatch`
// then, inside the ONE transaction it is given (on SQLite a savepoint of a group commit, which is
// all or nothing just the same), looks up staff roles, already-stored ids, correction targets and
// the site's lots (a dose from a lot it was never given is flagged) for the whole batch (each
// correction judged on its target as it now stands: standing-targets.ts),
// bulk-inserts what is new with its flags, settles the corrections that were waiting for a record
// it brings (held-corrections.ts), records the citizens its check-ins scanned and flags records
// naming a citizen it has no proof of (history-proof.ts), updates the dose histories and the
// reports' dose rows it touches, and appends all its `changes` rows last. Per-record problems
// become `rejected` results; only an unexpected error fails the batch, and then nothing of it is
// written.
import { canonicalJson } from '../../../../src/domain/canonical-json';
import type { PushResult } from '../../../../src/domain/protocol';
import type { FieldError, VaxRecord } from '../../../../src/domain/records';
import { validateRecord } from '../../../../src/domain/validate-record';
import { visitDateOf } from '../../../../src/domain/visit-key';
import { type NewChange, changesRepo } from '../../store/repos/changes';
import type { DeviceIdentity } from '../../devices';
import { type RecordFlag, recordsRepo } from '../repos/records';
import type { RecordsTable } from '../../store/schema';
import type { Store } from '../../store/store';
import type { DbHandle } from '../../store/db-handle';
import { updateDoseHistories } from './dose-histories';
import { effectiveInjections } from './effective-injections';
import { heldFlag, settleHeldCorrections } from './held-corrections';
import { recordScans, withheldHistoryFlags } from './history-proof';
import { standingTargets } from './standing-targets';
import type { CorrectionTarget } from '../../../../src/domain/corrections';
import { authorityErrors } from '../../../../src/domain/record-authority';
import { updateReportDoses } from './report-doses';
import { unknownLotFlags } from './unknown-lots';
import { staffRepo } from '../../store/repos/staff';

interface Candidate {
  index: number;
  record: VaxRecord;
  /** The record's canonical JSON: what is stored, and what re-sends are compared against. */
  body: string;
  flags: FieldError[];
}

/** A batch validated for one device: plain data, so it can be posted to another thread. */
export interface CheckedBatch {
  /** Per input position, the answer already known (rejected on sight), else null. */
  answers: (PushResult | null)[];
  candidates: Candidate[];
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
async function storedTargets(tx: DbHandle, candidates: readonly Candidate[]) {
  const ids = candidates.flatMap((c) =>
    c.record.type === 'correction' ? [c.record.data.targetId] : [],
  );
  const targets = new Map<string, CorrectionTarget>();
  if (ids.length === 0) return targets;
  for (const [id, row] of await recordsRepo(tx).byIds(ids)) {
    targets.set(id, { siteId: row.siteId, record: JSON.parse(row.body) as VaxRecord });
  }
  return targets;
}

/** `now` is the server's clock, against which records' times are checked. */
export function checkBatch(
  device: DeviceIdentity,
  inputs: readonly unknown[],
  now: Date,
): CheckedBatch {
  const answers: (PushResult | null)[] = inputs.map(() => null);
  const candidates: Candidate[] = [];
  inputs.forEach((input, index) => {
    const checked = validateRecord(input, now);
    if (!checked.ok) answers[index] = rejected(idOf(input), checked.errors);
    else if (checked.record.siteId !== device.siteId) {
      answers[index] = rejected(
        checked.record.id,
        error('siteId', 'wrong-site', "The record belongs to another site than this device's"),
      );
    } else {
      const { record, flags } = checked;
      candidates.push({ index, record, body: canonicalJson(record), flags });
    }
  });
  return { answers, candidates };
}

/**
 * Stores a checked batch; `tx` is the batch's own transaction (or its savepoint in a group
 * commit). Answers in request order.
 */
export async function storeBatch(
  tx: DbHandle,
  device: DeviceIdentity,
  { answers, candidates }: CheckedBatch,
  receivedAt: string,
): Promise<PushResult[]> {
  const results = [...answers];
  const roles = await staffRepo(tx).rolesOf(
    device.siteId,
    candidates.map((c) => c.record.staffId),
  );
  const stored = await recordsRepo(tx).bodiesOf(candidates.map((c) => c.record.id));
  const targets = await storedTargets(tx, candidates);
  const standing = await standingTargets(tx, targets);
  const lotFlags = await unknownLotFlags(
    tx,
    device.siteId,
    candidates.map((c) => c.record),
  );
  const rows: RecordsTable[] = [];
  const flags: RecordFlag[] = [];
  const accepted: VaxRecord[] = [];
  /** Corrections whose target is not there: stored, but not served until they take effect. */
  const held = new Set<string>();
  for (const [position, { index, record, body, flags: recordFlags }] of candidates.entries()) {
    const role = roles.get(record.staffId);
    if (role === undefined) {
      results[index] = rejected(
        record.id,
        error('staffId', 'unknown-staff', 'No staff member of this site has this id'),
      );
      continue;
    }
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
    const refused = authorityErrors(record, role, target && standing.of(target));
    if (refused.length > 0) {
      results[index] = rejected(record.id, refused);
      continue;
    }
    // Later copies of this id in the same batch are then judged against this one, and later
    // corrections of it against it.
    stored.set(record.id, body);
    targets.set(record.id, { siteId: device.siteId, record });
    if (record.type === 'correction' && target !== undefined) standing.accepted(record);
    accepted.push(record);
    rows.push({
      id: record.id,
      site_id: device.siteId,
      device_id: device.id,
      type: record.type,
      visit_key: record.visitKey,
      visit_date: visitDateOf(record.visitKey),
      occurred_at: record.occurredAt,
      received_at: receivedAt,
      body,
      target_id: record.type === 'correction' ? record.data.targetId : null,
      registration_id: (record.type === 'checkin' && record.data.registrationId) || null,
    });
    const lotFlag = lotFlags.get(position);
    for (const flag of lotFlag ? [...recordFlags, lotFlag] : recordFlags) {
      flags.push({ recordId: record.id, ...flag });
    }
    if (record.type === 'correction' && target === undefined) {
      held.add(record.id);
      flags.push(heldFlag(record));
    }
    results[index] = { id: record.id, status: 'accepted' };
  }
  await recordsRepo(tx).insert(rows, flags);
  // Before the dose rows are recomputed, so the corrections that now take effect count.
  const settled = await settleHeldCorrections(tx, device.siteId, accepted);
  // Before the dose histories, so a citizen scanned in this batch hears of its doses too.
  const scanChanges = await recordScans(tx, device.siteId, accepted);
  const injections = await effectiveInjections(tx, device.siteId, accepted, targets);
  const added = new Set(rows.map((r) => r.id));
  const doseChanges = await updateDoseHistories(tx, injections, added);
  await updateReportDoses(tx, injections, added, receivedAt);
  await recordsRepo(tx).insertFlags(
    await withheldHistoryFlags(tx, device.siteId, accepted),
    new Map(rows.map((r) => [r.id, r])),
  );
  // Last, in one insert: on PostgreSQL the changes lock is then held only from here to commit.
  await changesRepo(tx).append([
    ...rows
      .filter((r) => !held.has(r.id))
      .map((r): NewChange => ({
        siteId: r.site_id,
        entity: 'record',
        key: r.id,
        op: 'put',
        sourceDeviceId: r.device_id,
      })),
    ...settled,
    ...scanChanges,
    ...doseChanges,
  ]);
  // Every position now has its answer: checked on sight, or judged above.
  return results as PushResult[];
}

/** Stores a checked batch in its own transaction of `store`. */
export function storeInTransaction(
  store: Store,
  device: DeviceIdentity,
  batch: CheckedBatch,
  receivedAt: string,
): Promise<PushResult[]> {
  return store.transaction((tx) => storeBatch(tx, device, batch, receivedAt));
}

/** Checks and stores a batch in one go, in a transaction of `store`. */
export async function ingestBatch(
  store: Store,
  device: DeviceIdentity,
  inputs: readonly unknown[],
  now: Date,
): Promise<PushResult[]> {
  return storeInTransaction(store, device, checkBatch(device, inputs, now), now.toISOString());
}
