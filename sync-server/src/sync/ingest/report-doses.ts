// Keeps `report_doses` in step with ingest: a row for each injection the batch adds, and, for an
// earlier injection a correction of this batch changed, its vaccine and dose number as they now
// stand; a voided injection leaves it (voids.ts). The delay is the injection's own: from when it was given to when this server received it.
import { localDateOf } from '../../../../src/domain/time';
import type { InjectionRecord } from '../../../../src/domain/records';
import { isVoided, withoutVoided } from '../../../../src/domain/voids';
import type { ReportDosesTable } from '../../store/schema';
import type { DbHandle } from '../../store/db-handle';
import { reportDosesRepo } from '../repos/report-doses';

export async function updateReportDoses(
  tx: DbHandle,
  injections: readonly InjectionRecord[],
  added: ReadonlySet<string>,
  receivedAt: string,
): Promise<void> {
  const rowOf = (r: InjectionRecord): ReportDosesTable => ({
    site_id: r.siteId,
    day: localDateOf(r.occurredAt),
    visit_key: r.visitKey,
    record_id: r.id,
    vaccine: r.data.vaccine,
    dose_number: r.data.doseNumber,
    delay_ms: Date.parse(receivedAt) - Date.parse(r.occurredAt),
  });
  const counted = withoutVoided(injections);
  await reportDosesRepo(tx).insert(counted.filter((r) => added.has(r.id)).map(rowOf));
  await reportDosesRepo(tx).correct(counted.filter((r) => !added.has(r.id)).map(rowOf));
  await reportDosesRepo(tx).remove(
    injections.filter((r) => isVoided(r) && !added.has(r.id)).map(rowOf),
  );
}
