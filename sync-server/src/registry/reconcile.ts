// `registry:reconcile`: every person on the platform matched against the registry (docs/registry.md).
// Reads every check-in as it now stands, groups them into persons, forgets persons no check-in
// claims any more, matches the rest, and hands on to the background matcher from the change feed
// position read first, so what arrives meanwhile is matched next.
import { platformPersons } from '../../../src/domain/registry/platform-persons';
import type { MatchStatus } from '../../../src/domain/registry/types';
import type { Store } from '../store/store';
import { checkinReader } from './checkin-reader';
import { matchesRepo } from './matches-repo';
import { personKey } from './person-key';
import { progressDaysRepo, vietnamDay } from './progress-days-repo';
import { recordFeedRepo } from './record-feed-repo';
import type { RegistrySource } from './source';
import { storeMatches } from './store-matches';

const PAGE = 2000;

export interface ReconcileReport {
  checkins: number;
  persons: number;
  byStatus: Record<MatchStatus, number>;
}

export interface ReconcileOptions {
  onProgress?: (done: number, total: number) => void;
  now?: () => Date;
}

export async function reconcileAll(
  store: Store,
  source: RegistrySource,
  { onProgress, now }: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const startSeq = await recordFeedRepo(store).lastSeq();
  const records = [];
  for await (const page of checkinReader(store).pages(PAGE)) records.push(...page);
  const persons = platformPersons(records, personKey);
  const keep = new Set(persons.map((p) => p.personKey));
  const gone = (await matchesRepo(store).allKeys()).filter((k) => !keep.has(k));
  await store.transaction((tx) => matchesRepo(tx).remove(gone));
  const siteOf = new Map(records.map((r) => [r.recordId, r.siteId]));
  await storeMatches(store, source, persons, {
    siteOf,
    now,
    onBatch: (done) => onProgress?.(done, persons.length),
  });
  await matchesRepo(store).setCursor(startSeq);
  await progressDaysRepo(store).snapshot(vietnamDay(now?.() ?? new Date()));
  return {
    checkins: records.length,
    persons: persons.length,
    byStatus: await matchesRepo(store).countByStatus(),
  };
}
