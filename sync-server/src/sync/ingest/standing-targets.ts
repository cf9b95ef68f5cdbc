// A correction is judged against its target as it now stands (corrections.ts): with the target
// site's corrections already in effect applied, and those accepted earlier in the same batch, so a
// voided record can be neither voided nor corrected again (voids.ts).
import { effectiveRecords, type CorrectionTarget } from '../../../../src/domain/corrections';
import type { CorrectionRecord, VaxRecord } from '../../../../src/domain/records';
import type { DbHandle } from '../../store/db-handle';
import { recordsRepo } from '../repos/records';

export interface StandingTargets {
  /** `found` as it now stands. */
  of(found: CorrectionTarget): CorrectionTarget;
  /** A correction of the batch was accepted: later ones are judged after it. */
  accepted(correction: CorrectionRecord): void;
}

/** The corrections in effect on these stored targets: one query, none without targets. */
export async function standingTargets(
  tx: DbHandle,
  targets: ReadonlyMap<string, CorrectionTarget>,
): Promise<StandingTargets> {
  const inEffect = new Map<string, CorrectionRecord[]>();
  const add = (c: CorrectionRecord) =>
    inEffect.set(c.data.targetId, [...(inEffect.get(c.data.targetId) ?? []), c]);
  if (targets.size > 0) {
    for (const body of await recordsRepo(tx).correctionsOf([...targets.keys()])) {
      add(JSON.parse(body) as CorrectionRecord);
    }
  }
  return {
    of(found) {
      // Only the target's own site may correct it: another site's correction never applies.
      const own = (inEffect.get(found.record.id) ?? []).filter((c) => c.siteId === found.siteId);
      if (own.length === 0) return found;
      const [record] = effectiveRecords([found.record, ...own]);
      return { siteId: found.siteId, record: record as VaxRecord };
    },
    accepted: add,
  };
}
