// The registry's blocking index in memory, as the server keeps it in SQL (a registry_blocks(key,
// id_number) table filled from registryBlockKeys): the candidates of a platform person are every
// registry person sharing one of its platformBlockKeys, and the ID holder is looked up by number.
import { platformBlockKeys, registryBlockKeys } from '../../src/domain/registry/blocking';
import type { PlatformPerson, RegistryPerson } from '../../src/domain/registry/types';

export interface RegistryIndex {
  holder(idNumber: string | undefined): RegistryPerson | undefined;
  /** The ID numbers filed under each key, as registry_blocks holds them. */
  readonly idsByKey: ReadonlyMap<string, readonly string[]>;
  candidates(person: PlatformPerson): RegistryPerson[];
  /** The largest number of persons filed under one key, and that key. */
  largestBlock(): { key: string; size: number };
}

export function registryIndex(registry: readonly RegistryPerson[]): RegistryIndex {
  const byId = new Map<string, RegistryPerson>();
  const blocks = new Map<string, string[]>();
  for (const p of registry) {
    byId.set(p.idNumber, p);
    for (const key of registryBlockKeys(p)) {
      const ids = blocks.get(key);
      if (ids === undefined) blocks.set(key, [p.idNumber]);
      else ids.push(p.idNumber);
    }
  }
  return {
    holder: (idNumber) => (idNumber === undefined ? undefined : byId.get(idNumber)),
    idsByKey: blocks,
    candidates(person) {
      const ids = new Set<string>();
      for (const key of platformBlockKeys(person))
        for (const id of blocks.get(key) ?? []) ids.add(id);
      return [...ids].sort().map((id) => byId.get(id)!);
    },
    largestBlock() {
      let largest = { key: '', size: 0 };
      for (const [key, ids] of blocks)
        if (ids.length > largest.size) largest = { key, size: ids.length };
      return largest;
    },
  };
}
