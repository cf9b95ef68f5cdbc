// The import's writes (import-extract.ts reads the file): each batch of rows in one transaction,
// and the staged blocking keys filed in key order at the start and end of an import.
import type { RegistryPerson } from '../../../src/domain/registry/types';
import type { Store } from '../store/store';
import { registryBlocksRepo } from './registry-blocks-repo';
import { registryRepo } from './registry-repo';

export interface Pending {
  line: number;
  person: RegistryPerson;
}

/**
 * Writes one batch in one transaction. A row already stamped by this import came from an earlier
 * batch of the same file: it is handed back, unwritten. Counts are returned, not kept here, since
 * PostgreSQL may run the transaction again after a conflict.
 */
export function writeBatch(store: Store, rows: readonly Pending[], startedAt: string) {
  return store.transaction(async (tx) => {
    const repo = registryRepo(tx);
    const stored = await repo.stored(rows.map((r) => r.person.idNumber));
    const earlier = (r: Pending) => stored.get(r.person.idNumber)?.importedAt === startedAt;
    const repeated = rows.filter(earlier);
    const fresh = rows.filter((r) => !earlier(r)).map((r) => r.person);
    const before = new Map(
      fresh.flatMap((p) => {
        const s = stored.get(p.idNumber);
        return s === undefined ? [] : [[p.idNumber, s.person] as const];
      }),
    );
    await registryBlocksRepo(tx).stage(await repo.write(fresh, startedAt, before));
    return { repeated, inserted: fresh.length - before.size, updated: before.size };
  });
}

/** Staged keys filed per transaction: each range a few seconds' work at most. */
const FILE_RANGE_ROWS = 250_000;

/**
 * Files every staged key, range by range in key order (registryBlocksRepo.fileStaged); `tidy`
 * after an import's last batch, so the planner knows the tables it filled.
 */
export async function fileStaged(store: Store, { tidy = false } = {}): Promise<void> {
  const bounds = await registryBlocksRepo(store).stagedBounds(FILE_RANGE_ROWS);
  const edges = [undefined, ...bounds, undefined];
  for (let i = 0; i + 1 < edges.length; i++)
    await store.transaction((tx) => registryBlocksRepo(tx).fileStaged(edges[i], edges[i + 1]));
  if (tidy) await registryBlocksRepo(store).tidy();
}
