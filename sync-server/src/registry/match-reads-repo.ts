// Reading what matching found (registry_matches): whom to match again, the report's pages, the
// duplicates to merge and the counts by status.
import type { MatchStatus } from '../../../src/domain/registry/types';
import { inScope, type OperatorScope } from '../operators';
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';
import type { RegistryMatchesTable } from '../store/schema';
import { matchLinksRepo } from './match-links-repo';

export function matchReadsRepo(handle: DbHandle) {
  const { db } = handle;
  const keysWhereStatus = async (withVerified: boolean): Promise<string[]> => {
    const rows = await db
      .selectFrom('registry_matches')
      .select('person_key')
      .$if(!withVerified, (q) => q.where('status', '!=', 'verified'))
      .execute();
    return rows.map((r) => r.person_key);
  };

  return {
    /** Every person key stored, for a full reconcile to drop those no check-in claims any more. */
    allKeys: () => keysWhereStatus(true),

    /** Persons not verified: a new registry extract may find them. */
    unverifiedKeys: () => keysWhereStatus(false),

    /** Persons whose match may change when these registry persons change. */
    async keysTouchedBy(registryIds: readonly string[]): Promise<string[]> {
      const keys = new Set<string>();
      for (const chunk of chunks(registryIds, 2)) {
        const rows = await db
          .selectFrom('registry_matches')
          .select('person_key')
          .where((eb) => eb.or([eb('registry_id', 'in', chunk), eb('id_number', 'in', chunk)]))
          .execute();
        for (const r of rows) keys.add(r.person_key);
      }
      return [...keys];
    },

    /** Every person's row with its check-ins, a page at a time in key order. */
    async *pages(
      size: number,
    ): AsyncGenerator<(RegistryMatchesTable & { record_ids: string[] })[]> {
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('registry_matches')
          .selectAll()
          .where('person_key', '>', after)
          .orderBy('person_key')
          .limit(size)
          .execute();
        if (rows.length === 0) return;
        after = rows.at(-1)!.person_key;
        const ids = await matchLinksRepo(handle).recordIdsByPerson(rows.map((r) => r.person_key));
        yield rows.map((r) => ({ ...r, record_ids: ids.get(r.person_key) ?? [] }));
      }
    },

    /**
     * Registry persons that two or more platform persons of the scope are matched to: one citizen
     * recorded twice (at two sites, or once with and once without an ID), proposed for a merge.
     */
    async duplicates(
      scope: OperatorScope,
    ): Promise<{ registryId: string; personKeys: string[] }[]> {
      const rows = await db
        .selectFrom('registry_matches')
        .select(['registry_id', 'person_key'])
        .where('status', 'in', ['verified', 'mismatch'])
        .where(inScope('registry_matches.site_id', scope))
        .where('registry_id', 'in', (eb) =>
          eb
            .selectFrom('registry_matches as m')
            .select('m.registry_id')
            .where('m.status', 'in', ['verified', 'mismatch'])
            .where(inScope('m.site_id', scope))
            .groupBy('m.registry_id')
            .having((h) => h.fn.countAll(), '>', 1),
        )
        .orderBy('registry_id')
        .orderBy('person_key')
        .execute();
      const groups = new Map<string, string[]>();
      for (const r of rows)
        groups.set(r.registry_id!, [...(groups.get(r.registry_id!) ?? []), r.person_key]);
      return [...groups].map(([registryId, personKeys]) => ({ registryId, personKeys }));
    },

    async countByStatus(): Promise<Record<MatchStatus, number>> {
      const rows = await db
        .selectFrom('registry_matches')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute();
      const counts = { verified: 0, mismatch: 0, ambiguous: 0, 'not-found': 0 };
      for (const r of rows) counts[r.status as MatchStatus] = Number(r.n);
      return counts;
    },
  };
}
