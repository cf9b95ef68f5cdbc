// What matching found, stored: one row per platform person (registry_matches) and the check-ins
// each is made of (match-links-repo.ts). Written here; the reads are match-reads-repo.ts's, and
// `matchesRepo` hands out both, and the links, as one repository (docs/registry.md).
import type { MatchResult, PlatformPerson } from '../../../src/domain/registry/types';
import type { DbHandle } from '../store/db-handle';
import { inJson } from './in-json';
import { insertPieces } from './insert-pieces';
import type { RegistryMatchesTable } from '../store/schema';
import { matchLinksRepo } from './match-links-repo';
import { matchReadsRepo } from './match-reads-repo';

export interface PersonMatch {
  person: PlatformPerson;
  /** The site of the person's latest check-in: whose operators see the row. */
  siteId: string;
  result: MatchResult;
}

const toRow = ({ person, siteId, result }: PersonMatch, at: string): RegistryMatchesTable => {
  const { status, registryId, differences, ...detail } = result;
  return {
    person_key: person.personKey,
    id_number: person.idNumber ?? null,
    full_name: person.fullName,
    dob: person.dob,
    sex: person.sex ?? null,
    province_code: person.provinceCode ?? null,
    site_id: siteId,
    status,
    registry_id: registryId ?? null,
    differences: differences.join(';'),
    detail: JSON.stringify(detail),
    matched_at: at,
  };
};

export function matchesRepo(handle: DbHandle) {
  const { db } = handle;
  const links = matchLinksRepo(handle);
  const removeRows = async (personKeys: readonly string[]) => {
    await db
      .deleteFrom('registry_matches')
      .where('person_key', 'in', inJson(db, personKeys))
      .execute();
  };

  return {
    ...matchReadsRepo(handle),
    unlink: links.unlink,
    personKeysOf: links.personKeysOf,
    recordIdsOf: links.recordIdsOf,

    /**
     * Stores each person's match and the check-ins it is made of, replacing what was there: rows
     * deleted and inserted whole (insertRows), which costs a fraction of an upsert built per row.
     */
    async put(matches: readonly PersonMatch[], at: Date): Promise<void> {
      await removeRows(matches.map((m) => m.person.personKey));
      await insertPieces(
        db,
        'registry_matches',
        matches.map((m) => toRow(m, at.toISOString())),
      );
      await links.link(matches.map((m) => m.person));
    },

    /** Forgets these persons (their check-ins now claim another identity, or were voided). */
    async remove(personKeys: readonly string[]): Promise<void> {
      await removeRows(personKeys);
      await links.unlinkPersons(personKeys);
    },
  };
}
