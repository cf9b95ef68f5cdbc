// Ingests one pushed batch (DESIGN §4): validate every record, then in ONE transaction look up
// staff and already-stored ids for the whole batch, and bulk-insert what is new with its flags
// and `changes` rows. Per-record problems become `rejected` results; only an unexpected error
// fails the batch, and then nothing of it is written.
import { canonicalJson } from '../../../src/domain/canonical-json';
import type { PushResult } from '../../../src/domain/protocol';
import type { FieldError, VaxRecord } from '../../../src/domain/records';
import { validateRecord } from '../../../src/domain/validate-record';
import type { DeviceIdentity } from '../store/repos/devices';
import type { RecordFlag } from '../store/repos/records';
import type { RecordsTable } from '../store/schema';
import type { Store } from '../store/store';

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
      results[index] = rejected(checked.record.id, [
        {
          field: 'siteId',
          code: 'wrong-site',
          message: "The record belongs to another site than this device's",
        },
      ]);
    } else candidates.push({ index, record: checked.record, flags: checked.flags });
  });

  return store.transaction(async (tx) => {
    const staff = await tx.staff.existingIds(
      device.siteId,
      candidates.map((c) => c.record.staffId),
    );
    const stored = await tx.records.bodiesOf(candidates.map((c) => c.record.id));
    const receivedAt = now.toISOString();
    const rows: RecordsTable[] = [];
    const flags: RecordFlag[] = [];
    for (const { index, record, flags: recordFlags } of candidates) {
      if (!staff.has(record.staffId)) {
        results[index] = rejected(record.id, [
          {
            field: 'staffId',
            code: 'unknown-staff',
            message: 'No staff member of this site has this id',
          },
        ]);
        continue;
      }
      const body = canonicalJson(record);
      const previous = stored.get(record.id);
      if (previous !== undefined) {
        results[index] =
          previous === body
            ? { id: record.id, status: 'duplicate' }
            : rejected(record.id, [
                {
                  field: 'id',
                  code: 'conflict',
                  message: 'A different record with this id is already stored',
                },
              ]);
        continue;
      }
      // Later copies of this id in the same batch are then judged against this one.
      stored.set(record.id, body);
      rows.push({
        id: record.id,
        site_id: device.siteId,
        device_id: device.id,
        type: record.type,
        visit_key: record.visitKey,
        occurred_at: record.occurredAt,
        received_at: receivedAt,
        body,
      });
      for (const flag of recordFlags) flags.push({ recordId: record.id, ...flag });
      results[index] = { id: record.id, status: 'accepted' };
    }
    await tx.records.insert(rows, flags);
    await tx.changes.appendRecords(rows.map((r) => r.id));
    return results;
  });
}
