// Which registry persons are a platform person's candidates, given who is filed under each key:
// the one ranking both the extract adapter and the test's fake registry use, so the two sources
// answer alike (CANDIDATE_CAP in source.ts says why there is a cap).
import { platformBlockKeys } from '../../../src/domain/registry/blocking';
import type { PlatformPerson } from '../../../src/domain/registry/types';
import { CANDIDATE_CAP } from './source';

/** Every key the people look up, once: what to fetch from the blocks. */
export function lookupKeys(people: readonly PlatformPerson[]): string[] {
  return [...new Set(people.flatMap(platformBlockKeys))];
}

/**
 * The ID numbers of each person's candidates, in the order of `people`: those sharing the most
 * keys first, then by ID number, at most CANDIDATE_CAP. `idsByKey` maps a key to the ID numbers
 * filed under it (a key nobody is filed under may be missing).
 */
export function candidateIds(
  people: readonly PlatformPerson[],
  idsByKey: ReadonlyMap<string, readonly string[]>,
): string[][] {
  return people.map((person) => {
    const shared = new Map<string, number>();
    for (const key of platformBlockKeys(person)) {
      for (const id of idsByKey.get(key) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    return [...shared]
      .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : idA > idB ? 1 : 0))
      .slice(0, CANDIDATE_CAP)
      .map(([id]) => id);
  });
}
