// Where a visit stands, from the records any tablet of the site made for it (merged by visitKey),
// as they now stand: a voided injection or screening is as if never made (voids.ts).
import { countedRecords } from './corrections';
import type { VaxRecord } from './records';

export type VisitStage =
  | 'waiting-screening'
  | 'deferred'
  | 'referred'
  | 'waiting-injection'
  | 'in-observation'
  | 'released';

/** `records` raw or already corrected: applying corrections twice changes nothing. */
export function visitStage(records: readonly VaxRecord[]): VisitStage {
  const counted = countedRecords(records);
  const latest = <T extends VaxRecord['type']>(type: T) =>
    counted
      .filter((r): r is Extract<VaxRecord, { type: T }> => r.type === type)
      .reduce<Extract<VaxRecord, { type: T }> | undefined>(
        (best, r) => (best === undefined || r.occurredAt > best.occurredAt ? r : best),
        undefined,
      );
  if (latest('observation')) return 'released';
  if (latest('injection')) return 'in-observation';
  const screening = latest('screening');
  if (screening === undefined) return 'waiting-screening';
  if (screening.data.decision === 'defer') return 'deferred';
  if (screening.data.decision === 'refer') return 'referred';
  return 'waiting-injection';
}
