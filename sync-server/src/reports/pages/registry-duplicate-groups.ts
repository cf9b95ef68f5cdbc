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
  const groups = (await matchesRepo(store).duplicates(scope)).filter(
    (g) => registryId === undefined || g.registryId === registryId,
  );
  // Every person of every group in one read, then laid out group by group in the groups' order.
  const found = await registryQueriesRepo(store).personsWithCheckins(
    scope,
    groups.flatMap((g) => g.personKeys),
  );
  const byKey = new Map(found.map((p) => [p.row.personKey, p]));
  return groups.map((g) => {
    const persons = g.personKeys.flatMap((key) => byKey.get(key) ?? []);
    return { registryId: g.registryId, registry: persons[0]?.row.registry, persons };
  });
}

/** A group's persons as the confirm form carries them: the merge acts only on these. */
export const groupKeys = (g: DuplicateGroup): string[] => g.persons.map((p) => p.row.personKey);
