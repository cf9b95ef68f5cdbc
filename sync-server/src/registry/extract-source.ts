// The registry as its imported extract (registry_persons, registry_blocks): candidates are found
// by key equality on the stored blocking keys, a batch of people in a few IN queries.
import type { PlatformPerson, RegistryPerson } from '../../../src/domain/registry/types';
import type { DbHandle } from '../store/db-handle';
import { candidateIds, lookupKeys } from './candidates';
import { registryBlocksRepo } from './registry-blocks-repo';
import { registryRepo } from './registry-repo';
import type { RegistrySource } from './source';

export function extractSource(handle: DbHandle): RegistrySource {
  const repo = registryRepo(handle);
  const blocks = registryBlocksRepo(handle);
  return {
    byIds: (ids) => repo.byIds(ids),
    async candidates(people: readonly PlatformPerson[]): Promise<RegistryPerson[][]> {
      const ids = candidateIds(people, await blocks.idsByKey(lookupKeys(people)));
      const byId = new Map((await repo.byIds(ids.flat())).map((p) => [p.idNumber, p]));
      return ids.map((list) => list.flatMap((id) => byId.get(id) ?? []));
    },
  };
}
