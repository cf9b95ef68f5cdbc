// The injections a batch adds or changes, as they now stand (docs/architecture.md §3: corrections
// applied), and those of visits whose check-in's ID number it corrects (their doses move) or whose
// check-in states a certificate's doses, arriving or voided (their citizen's history changes). Read
// once per batch, after its records are inserted so its own corrections count, for both the
// citizens' dose histories and the reports' dose rows. Only the injection's own site may correct
// it, so only this site's corrections apply.
import { effectiveRecords, type CorrectionTarget } from '../../../../src/domain/corrections';
import type { CorrectionRecord, InjectionRecord, VaxRecord } from '../../../../src/domain/records';
import { isVoid } from '../../../../src/domain/voids';
import type { DbHandle } from '../../store/db-handle';
import { recordsRepo } from '../repos/records';

/** The injections whose dose this batch adds or changes, as received or stored. */
function touchedInjections(
  accepted: readonly VaxRecord[],
  targets: ReadonlyMap<string, CorrectionTarget>,
): InjectionRecord[] {
  const touched = new Map<string, InjectionRecord>();
  for (const r of accepted) {
    const record = r.type === 'correction' ? targets.get(r.data.targetId)?.record : r;
    if (record?.type === 'injection') touched.set(record.id, record);
  }
  return [...touched.values()];
}

/**
 * The visits whose doses this batch moves or restates: their check-in has its ID number corrected
 * (the doses move), or states a certificate's doses, arriving now or voided now (the citizen's
 * history counts them, certified-doses.ts, whichever of check-in and injection came first).
 */
function restatedVisits(
  accepted: readonly VaxRecord[],
  targets: ReadonlyMap<string, CorrectionTarget>,
): string[] {
  const certifies = (r: VaxRecord | undefined) =>
    r?.type === 'checkin' && (r.data.priorDoses?.length ?? 0) > 0;
  return accepted.flatMap((r) => {
    if (r.type !== 'correction') return certifies(r) ? [r.visitKey] : [];
    const target = targets.get(r.data.targetId)?.record;
    const moves = target?.type === 'checkin' && Object.hasOwn(r.data.changes, 'data.citizen.id');
    return moves || (certifies(target) && isVoid(r)) ? [r.visitKey] : [];
  });
}

export async function effectiveInjections(
  tx: DbHandle,
  siteId: string,
  accepted: readonly VaxRecord[],
  targets: ReadonlyMap<string, CorrectionTarget>,
): Promise<InjectionRecord[]> {
  const touched = touchedInjections(accepted, targets);
  const visits = restatedVisits(accepted, targets);
  const moved = visits.length
    ? (await recordsRepo(tx).injectionsOfVisits(visits)).map(
        (b) => JSON.parse(b) as InjectionRecord,
      )
    : [];
  const injections = [...new Map([...touched, ...moved].map((r) => [r.id, r])).values()];
  if (injections.length === 0) return [];
  const corrections = (await recordsRepo(tx).correctionsOf(injections.map((r) => r.id)))
    .map((body) => JSON.parse(body) as CorrectionRecord)
    .filter((c) => c.siteId === siteId);
  return effectiveRecords([...injections, ...corrections]).filter(
    (r): r is InjectionRecord => r.type === 'injection',
  );
}
