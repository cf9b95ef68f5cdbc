// One visit in full for a form: its history with corrections, and every dose the citizen had
// before it (registration, platform, this tablet), voided ones left out.
import type { VisitDetail } from './contracts';
import { correctedRecords } from '../domain/corrections';
import {
  certificateStatus,
  certifiedDoses,
  citizenIdOfVisit,
  doseOf,
} from '../domain/dose-history';
import { mergeDoses } from '../domain/injection-plan';
import type { VaxRecord } from '../domain/records';
import { isVoided, withoutVoided } from '../domain/voids';
import type { RecordRepository } from '../data/record-repo';
import type { ReferenceRepository } from '../data/reference-repo';
import { toVisits } from './visit-views';

export interface VisitDetailDeps {
  records: Pick<RecordRepository, 'byVisitKeys' | 'ofCitizenId'>;
  reference: Pick<ReferenceRepository, 'registrationByCitizenId' | 'doseHistory'>;
}

export async function visitDetail(
  deps: VisitDetailDeps,
  visitKey: string,
): Promise<VisitDetail | undefined> {
  const { records, reference } = deps;
  const own = await records.byVisitKeys([visitKey]);
  const visit = toVisits(own)[0];
  if (visit === undefined) return undefined;
  const history = correctedRecords(own).sort((a, b) =>
    a.original.occurredAt.localeCompare(b.original.occurredAt),
  );
  const citizenId = citizenIdOfVisit(visitKey, visit.checkin);
  const [registration, platform, earlier] = citizenId
    ? await Promise.all([
        reference.registrationByCitizenId(citizenId),
        reference.doseHistory(citizenId),
        records.ofCitizenId(citizenId),
      ])
    : [undefined, undefined, []];
  const byId = new Map([...own, ...earlier].map((r) => [r.id, r]));
  const mine = correctedRecords([...byId.values()]).map((c) => c.record);
  // A dose voided here may still be in the server's history until the void reaches it.
  const voided = new Set(mine.filter(isVoided).map((r) => r.id));
  const localDoses = withoutVoided(mine)
    .filter((r) => r.type === 'injection' && r.visitKey !== visitKey)
    .map((r) => doseOf(r as Extract<VaxRecord, { type: 'injection' }>));
  // Doses a certificate stated at a check-in of this citizen (this visit's or an earlier one).
  const certified = certifiedDoses(mine);
  const previousDoses = mergeDoses(
    registration?.previousDoses ?? [],
    certified,
    platform?.doses.filter(
      (d) => d.recordId !== visit.injection?.id && !voided.has(d.recordId ?? ''),
    ) ?? [],
    localDoses,
  );
  // One list for what the form shows and the certificate beside it ("no dose yet"
  // was shown beside "yellow" when the visit's own injection counted in only one of them).
  const doses = visit.injection ? [...previousDoses, doseOf(visit.injection)] : previousDoses;
  return { ...visit, history, previousDoses, doses, certificate: certificateStatus(doses) };
}
