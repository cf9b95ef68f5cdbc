// The duplicate groups of an operator's scope, read for the duplicates page and its merge: each
// registry person two or more platform persons of the scope are matched to, with each person's
// recorded values, site, status and number of check-ins (docs/registry.md, "Duplicates").
import type { OperatorScope } from '../../operators';
import { matchesRepo } from '../../registry';
import type { Store } from '../../store/store';
import { registryQueriesRepo, type QueueRow } from '../queries/registry-queries';

export interface DuplicateGroup {
  registryId: string;
  /** The registry person's values (from any member: they share them). */
  registry: NonNullable<QueueRow['registry']> | undefined;
  persons: { row: QueueRow; checkins: number }[];
}

export async function duplicateGroups(
  store: Store,
  scope: OperatorScope,
  registryId?: string,
): Promise<DuplicateGroup[]> {
  const matches = matchesRepo(store);
  const queries = registryQueriesRepo(store);
  const groups = (await matches.duplicates(scope)).filter(
    (g) => registryId === undefined || g.registryId === registryId,
  );
  const out: DuplicateGroup[] = [];
  for (const g of groups) {
    const persons = [];
    for (const key of g.personKeys) {
      const row = await queries.person(scope, key);
      if (row) persons.push({ row, checkins: (await matches.recordIdsOf([key])).length });
    }
    out.push({ registryId: g.registryId, registry: persons[0]?.row.registry, persons });
  }
  return out;
}

/** A group's persons as the confirm form carries them: the merge acts only on these. */
export const groupKeys = (g: DuplicateGroup): string[] => g.persons.map((p) => p.row.personKey);
