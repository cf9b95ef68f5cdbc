// After a re-import, the persons whose match may have changed are matched again: those matched to
// (or recording the ID number of) a registry person the import wrote, and everyone not yet
// verified, whom a fuller extract may now find. Nothing runs before the first reconcile.
import type { Store } from '../store/store';
import { matchesRepo } from './matches-repo';
import { recordFeedRepo } from './record-feed-repo';
import { refreshPersons } from './refresh-persons';
import { registryRepo } from './registry-repo';
import type { RegistrySource } from './source';

/** Re-matches whom the import started at `importedAt` touched; resolves with how many persons. */
export async function rematchImported(
  store: Store,
  source: RegistrySource,
  importedAt: string,
): Promise<number> {
  const matches = matchesRepo(store);
  if ((await recordFeedRepo(store).cursor()) === undefined) return 0;
  const written = await registryRepo(store).idsImportedAt(importedAt);
  const keys = new Set([
    ...(await matches.keysTouchedBy(written)),
    ...(await matches.unverifiedKeys()),
  ]);
  return keys.size === 0 ? 0 : refreshPersons(store, source, { personKeys: [...keys] });
}
