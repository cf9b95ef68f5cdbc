// Matches persons and stores what was found, a batch per transaction, so a reconcile of hundreds
// of thousands shows progress and never holds the database for long.
import type { PlatformPerson } from '../../../src/domain/registry/types';
import type { Store } from '../store/store';
import { decisionsRepo } from './decisions-repo';
import { matchesRepo } from './matches-repo';
import { matchPersons } from './match-persons';
import type { RegistrySource } from './source';

// Persons per transaction: each commit syncs the file, so fewer and larger ones, still bounded.
const BATCH = 2000;

export interface StoreMatchesOptions {
  /** The site of each check-in: a person's row belongs to the site of its latest one. */
  siteOf: ReadonlyMap<string, string>;
  now?: () => Date;
  onBatch?: (done: number) => void;
}

export async function storeMatches(
  store: Store,
  source: RegistrySource,
  persons: readonly PlatformPerson[],
  { siteOf, now = () => new Date(), onBatch }: StoreMatchesOptions,
): Promise<void> {
  // Each batch is read and matched while the one before it commits: a batch's reads (decisions,
  // registry rows) never depend on the matches written before it, and on PostgreSQL the two run
  // on two connections, the client's matching beside the server's writing. One write at a time.
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < persons.length; i += BATCH) {
      const batch = persons.slice(i, i + BATCH);
      const decisions = await decisionsRepo(store).of(batch.map((p) => p.personKey));
      const results = await matchPersons(source, batch, decisions);
      const matches = batch.map((person, n) => ({
        person,
        siteId: siteOf.get(person.recordIds.at(-1)!) ?? '',
        result: results[n]!,
      }));
      await writing;
      const done = Math.min(i + BATCH, persons.length);
      writing = store
        .transaction((tx) => matchesRepo(tx).put(matches, now()))
        .then(() => onBatch?.(done));
      // Handled here and thrown by the next `await writing`: a failed write stops the run.
      writing.catch(() => {});
    }
  } catch (err) {
    // Nothing left writing behind a failed read: the caller may close the store at once.
    await writing.catch(() => {});
    throw err;
  }
  await writing;
}
