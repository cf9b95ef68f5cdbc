// The injections the FHIR API shows: those `citizen_doses` attributes to a citizen, with their
// corrections applied the way the dose history applies them (only the injecting site's own), and
// only at sites within the operator's scope. Out of scope is the same as not there (404, empty).
import { effectiveRecords } from '../../../src/domain/corrections';
import type { Site } from '../../../src/domain/protocol';
import type { CorrectionRecord, InjectionRecord } from '../../../src/domain/records';
import type { OperatorScope } from '../operators';
import { type StoredInjection, fhirRepo } from './fhir-repo';
import type { Store } from '../store/store';
import { recordsRepo } from '../sync';

export interface ShownInjection {
  /** The record as it now stands, corrections applied. */
  record: InjectionRecord;
  citizenId: string;
  receivedAt: string;
  site: Site;
}

export function siteInScope(scope: OperatorScope, site: Site | undefined): site is Site {
  if (site === undefined) return false;
  if (scope.kind === 'national') return true;
  return scope.kind === 'province' ? site.province === scope.province : site.id === scope.siteId;
}

async function shown(
  store: Store,
  stored: readonly StoredInjection[],
  scope: OperatorScope,
): Promise<ShownInjection[]> {
  const sites = await fhirRepo(store).sites(stored.map((s) => s.siteId));
  const visible = stored.filter((s) => siteInScope(scope, sites.get(s.siteId)));
  if (visible.length === 0) return [];
  const siteOf = new Map(visible.map((s) => [s.id, s.siteId]));
  const corrections = (await recordsRepo(store).correctionsOf([...siteOf.keys()]))
    .map((body) => JSON.parse(body) as CorrectionRecord)
    .filter((c) => c.siteId === siteOf.get(c.data.targetId));
  const originals = visible.map((s) => JSON.parse(s.body) as InjectionRecord);
  const current = new Map(effectiveRecords([...originals, ...corrections]).map((r) => [r.id, r]));
  return visible.map((s) => ({
    record: current.get(s.id) as InjectionRecord,
    citizenId: s.citizenId,
    receivedAt: s.receivedAt,
    site: sites.get(s.siteId) as Site,
  }));
}

/** The citizen's injections the scope may see, oldest first. */
export async function injectionsOf(
  store: Store,
  citizenId: string,
  scope: OperatorScope,
): Promise<ShownInjection[]> {
  return shown(store, await fhirRepo(store).injectionsOf(citizenId), scope);
}

/** One injection by record id, if it is a known citizen's dose the scope may see. */
export async function injectionById(
  store: Store,
  recordId: string,
  scope: OperatorScope,
): Promise<ShownInjection | undefined> {
  const stored = await fhirRepo(store).injection(recordId);
  return stored ? (await shown(store, [stored], scope))[0] : undefined;
}
