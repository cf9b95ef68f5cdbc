// The doses a certificate stated at a check-in (docs/certificates.md, "What is recorded"): they
// count in the citizen's history as on the tablet (certifiedDoses in src/domain). Found through the
// citizen's dose rows: the check-ins of the visits where the platform gave them a dose, as those
// check-ins now stand (a voided one states nothing). A certificate shown at a visit that gave no
// dose stays on that site's tablets: the platform has nothing of its own to add to it.
import { certifiedDoses } from '../../../../src/domain/dose-history';
import type { PriorDose } from '../../../../src/domain/records';
import type { DbHandle } from '../../store/db-handle';
import type { CitizenDosesTable } from '../../store/schema';
import { recordsRepo } from '../repos/records';
import { checkinsAsTheyStand } from './visit-citizens';

export interface CertifiedDoses {
  doses: PriorDose[];
  /** The sites whose check-ins stated them. */
  sites: Set<string>;
}

/** The certified doses of each citizen whose dose rows these are (none: no entry). */
export async function certifiedDosesOf(
  tx: DbHandle,
  rows: readonly CitizenDosesTable[],
): Promise<Map<string, CertifiedDoses>> {
  const found = await recordsRepo(tx).certifyingCheckinsOf(rows.map((r) => r.record_id));
  if (found.length === 0) return new Map();
  const citizenOfRecord = new Map(rows.map((r) => [r.record_id, r.citizen_id]));
  const citizensOfVisit = new Map<string, Set<string>>();
  for (const { injectionId, body } of found) {
    const { visitKey } = JSON.parse(body) as { visitKey: string };
    const citizens = citizensOfVisit.get(visitKey) ?? new Set<string>();
    citizens.add(citizenOfRecord.get(injectionId)!);
    citizensOfVisit.set(visitKey, citizens);
  }
  const certified = new Map<string, CertifiedDoses>();
  const checkins = await checkinsAsTheyStand(tx, [...new Set(found.map((f) => f.body))]);
  for (const [visitKey, checkin] of checkins) {
    const doses = certifiedDoses([checkin]);
    if (doses.length === 0) continue;
    for (const citizenId of citizensOfVisit.get(visitKey) ?? []) {
      const had = certified.get(citizenId) ?? { doses: [], sites: new Set<string>() };
      had.doses.push(...doses);
      had.sites.add(checkin.siteId);
      certified.set(citizenId, had);
    }
  }
  return certified;
}
