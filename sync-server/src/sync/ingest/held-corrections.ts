// Corrections that arrive before their target (docs/architecture.md §10: authority is checked when
// a record takes effect). Such a correction is stored but held: flagged `correction-held`, not
// served to the site's other tablets, and applied nowhere (records.correctionsOf reads only
// effective ones). When its target arrives it is judged by the same rule as one that arrived after
// it, with its author's role at that moment: it then takes effect (and is served), or is refused
// for good and stays listed on the data-quality pages with its reason.
import { applyCorrection, correctionErrors } from '../../../../src/domain/corrections';
import type { CorrectionRecord, FieldError, VaxRecord } from '../../../../src/domain/records';
import type { NewChange } from '../../store/repos/changes';
import {
  CORRECTION_HELD,
  CORRECTION_REFUSED,
  type RecordFlag,
  recordsRepo,
} from '../repos/records';
import type { DbHandle } from '../../store/db-handle';
import { staffRepo } from '../../store/repos/staff';

export const heldFlag = (correction: CorrectionRecord): RecordFlag => ({
  recordId: correction.id,
  field: 'data.targetId',
  code: CORRECTION_HELD,
  message: 'The corrected record has not arrived: this correction changes nothing until it does',
});

const refusedFlag = (correctionId: string, errors: readonly FieldError[]): RecordFlag => ({
  recordId: correctionId,
  field: 'data.targetId',
  code: CORRECTION_REFUSED,
  message: errors.map((e) => e.message).join('; '),
});

/**
 * Judges the corrections held for the records this batch of `siteId` stored, and returns the
 * `record` changes of those that take effect (appended with the batch's own).
 */
export async function settleHeldCorrections(
  tx: DbHandle,
  siteId: string,
  stored: readonly VaxRecord[],
): Promise<NewChange[]> {
  const targets = new Map<string, VaxRecord>(
    stored.filter((r) => r.type !== 'correction').map((r) => [r.id, r]),
  );
  if (targets.size === 0) return [];
  // In the order they were made, each judged on its target as the earlier ones left it: of two
  // held voids of one record, the second is refused.
  const held = (await recordsRepo(tx).heldFor([...targets.keys()])).sort(
    (a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id),
  );
  if (held.length === 0) return [];
  const corrections = held.map((h) => JSON.parse(h.body) as CorrectionRecord);
  const roles = await staffRepo(tx).rolesOf(
    siteId,
    corrections.map((c) => c.staffId),
  );
  const refused: RecordFlag[] = [];
  const changes: NewChange[] = [];
  held.forEach((h, i) => {
    const correction = corrections[i] as CorrectionRecord;
    const record = targets.get(correction.data.targetId) as VaxRecord;
    // Another site's correction is refused as wrong-site before its author's role is looked at.
    const errors = correctionErrors(correction, { siteId, record }, roles.get(correction.staffId));
    if (errors.length > 0) refused.push(refusedFlag(h.id, errors));
    else {
      targets.set(record.id, applyCorrection(record, correction));
      changes.push({
        siteId: h.siteId,
        entity: 'record',
        key: h.id,
        op: 'put',
        sourceDeviceId: h.deviceId,
      });
    }
  });
  await recordsRepo(tx).endHold(held, refused);
  return changes;
}
