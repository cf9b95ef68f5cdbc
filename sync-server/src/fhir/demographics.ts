// Who a citizen is, from what the server holds: the latest check-in of a visit in which they got a
// dose (the card was read or checked at the desk, corrections applied), else a registration.
// Also whether an operator may see the citizen at all: a dose or a registration in their scope.
import { effectiveRecords } from '../../../src/domain/corrections';
import { citizenIdOfVisit } from '../../../src/domain/dose-history';
import type { Registration } from '../../../src/domain/protocol';
import type { CheckinRecord, Citizen, CorrectionRecord } from '../../../src/domain/records';
import type { OperatorScope } from '../operators';
import type { Store } from '../store/store';
import { injectionsOf, siteInScope, type ShownInjection } from './injections';
import { recordsRepo } from '../sync';
import { fhirRepo } from './fhir-repo';

export interface KnownCitizen {
  citizenId: string;
  /** Undefined when no check-in or registration says more than the ID number. */
  citizen?: Citizen;
}

async function latestCheckin(
  store: Store,
  citizenId: string,
  doses: readonly ShownInjection[],
): Promise<Citizen | undefined> {
  const checkins = (
    await recordsRepo(store).checkinsOfVisits(doses.map((d) => d.record.visitKey))
  ).map((body) => JSON.parse(body) as CheckinRecord);
  const siteOf = new Map(checkins.map((c) => [c.id, c.siteId]));
  const corrections = (await recordsRepo(store).correctionsOf([...siteOf.keys()]))
    .map((body) => JSON.parse(body) as CorrectionRecord)
    .filter((c) => c.siteId === siteOf.get(c.data.targetId));
  const theirs = effectiveRecords([...checkins, ...corrections])
    .filter((r): r is CheckinRecord => r.type === 'checkin')
    .filter((r) => citizenIdOfVisit(r.visitKey, r) === citizenId)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return theirs.at(-1)?.data.citizen;
}

/** The citizen behind an ID number, if the scope may see them. */
export async function knownCitizen(
  store: Store,
  citizenId: string,
  scope: OperatorScope,
): Promise<KnownCitizen | undefined> {
  const registrations = await fhirRepo(store).registrationsOf(citizenId);
  const sites = await fhirRepo(store).sites(registrations.map((r) => r.siteId));
  const registeredInScope = registrations.some((r) => siteInScope(scope, sites.get(r.siteId)));
  // Demographics come from every dose, not only those in scope: it is one person either way.
  const doses = await injectionsOf(store, citizenId, { kind: 'national' });
  if (!registeredInScope && !doses.some((d) => siteInScope(scope, d.site))) return undefined;
  const fromCheckin = await latestCheckin(store, citizenId, doses);
  const registered = registrations[0] && (JSON.parse(registrations[0].body) as Registration);
  return { citizenId, citizen: fromCheckin ?? registered?.citizen };
}
