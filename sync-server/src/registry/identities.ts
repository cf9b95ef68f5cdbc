// What the registry says about citizens by ID number, for the certificates (docs/certificates.md):
// a certificate is signed only for an identity the population registry verified. Every platform
// person recorded under the ID must be verified against that same registry person: one record
// under the ID that disagrees (a misspelt name, or someone else's dose typed with this ID) keeps
// the certificate unsigned until the work-queue settles it. The identity signed is the
// registry's, with the recorded date of birth when the registry knows only its year or month.
import type { MatchStatus, RegistryPerson } from '../../../src/domain/registry/types';
import type { Sex } from '../../../src/domain/records';
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';
import { registryRepo } from './registry-repo';

export interface RegistryIdentity {
  fullName: string;
  dob: string;
  sex?: Sex;
}

export type IdentityVerdict =
  | { status: 'verified'; identity: RegistryIdentity }
  /** As recorded at the site (the latest match's spelling). */
  | { status: Exclude<MatchStatus, 'verified'>; recorded: RegistryIdentity }
  /** No platform person under this ID was matched yet. */
  | { status: 'unmatched' };

const isSex = (s: string | null): s is Sex => s === 'M' || s === 'F';

/** Worst first: the verdict of an ID is its least settled person's. */
const ORDER: Exclude<MatchStatus, 'verified'>[] = ['mismatch', 'ambiguous', 'not-found'];

/** The recorded date when it is a more precise spelling of the registry's. */
const preciseDob = (registry: string, recorded: readonly string[]): string =>
  recorded.find((d) => d.length > registry.length && d.startsWith(registry)) ?? registry;

export async function identitiesOf(
  { db }: DbHandle,
  idNumbers: readonly string[],
): Promise<Map<string, IdentityVerdict>> {
  const rows = [];
  for (const chunk of chunks([...new Set(idNumbers)], 1)) {
    rows.push(
      ...(await db
        .selectFrom('registry_matches')
        .select(['id_number', 'status', 'registry_id', 'full_name', 'dob', 'sex', 'matched_at'])
        .where('id_number', 'in', chunk)
        .execute()),
    );
  }
  const byId = new Map<string, typeof rows>();
  for (const r of rows) byId.set(r.id_number!, [...(byId.get(r.id_number!) ?? []), r]);
  const verifiedIds = [...byId]
    .filter(([id, list]) => list.every((r) => r.status === 'verified' && r.registry_id === id))
    .map(([id]) => id);
  const registry = new Map<string, RegistryPerson>(
    (await registryRepo({ db }).byIds(verifiedIds)).map((p) => [p.idNumber, p]),
  );
  const verdicts = new Map<string, IdentityVerdict>();
  for (const id of idNumbers) {
    const list = byId.get(id) ?? [];
    const person = registry.get(id);
    if (person) {
      const dob = preciseDob(
        person.dob,
        list.map((r) => r.dob),
      );
      const identity = { fullName: person.fullName, dob, ...(person.sex && { sex: person.sex }) };
      verdicts.set(id, { status: 'verified', identity });
      continue;
    }
    const latest = list.reduce<(typeof list)[number] | undefined>(
      (a, r) => (a === undefined || r.matched_at > a.matched_at ? r : a),
      undefined,
    );
    if (latest === undefined) {
      verdicts.set(id, { status: 'unmatched' });
      continue;
    }
    const recorded = {
      fullName: latest.full_name,
      dob: latest.dob,
      ...(isSex(latest.sex) && { sex: latest.sex }),
    };
    // All verified but to another registry person, or the registry row is gone: a mismatch.
    const worst = ORDER.find((s) => list.some((r) => r.status === s)) ?? 'mismatch';
    verdicts.set(id, { status: worst, recorded });
  }
  return verdicts;
}

/** Where a reader of the matches written stopped: their write time, then person key. */
export interface MatchesMark {
  at: string;
  personKey: string;
}

/**
 * ID numbers (recorded and registry's) of the matches written after `mark`, in write order, up to
 * `until`: a reader stays a few seconds behind, so a batch of matches still committing when it
 * passes (written with an earlier time) is not skipped.
 */
export async function matchesWrittenAfter(
  { db }: DbHandle,
  mark: MatchesMark,
  until: string,
  limit: number,
): Promise<{ idNumbers: string[]; mark: MatchesMark }> {
  const rows = await db
    .selectFrom('registry_matches')
    .select(['id_number', 'registry_id', 'matched_at', 'person_key'])
    .where((eb) =>
      eb.or([
        eb('matched_at', '>', mark.at),
        eb.and([eb('matched_at', '=', mark.at), eb('person_key', '>', mark.personKey)]),
      ]),
    )
    .where('matched_at', '<=', until)
    .orderBy('matched_at')
    .orderBy('person_key')
    .limit(limit)
    .execute();
  const ids = rows.flatMap((r) => [r.id_number, r.registry_id]).filter((x) => x !== null);
  const last = rows.at(-1);
  return {
    idNumbers: [...new Set(ids)],
    mark: last ? { at: last.matched_at, personKey: last.person_key } : mark,
  };
}
