// `registry:reconcile`: every person on the platform matched against the registry (docs/registry.md).
// Reads every check-in as it now stands, groups them into persons as it reads, forgets persons no check-in
// claims any more, matches the rest, and hands on to the background matcher from the change feed
// position read first, so what arrives meanwhile is matched next.
import { personGrouper } from '../../../src/domain/registry/platform-persons';
import type { MatchStatus } from '../../../src/domain/registry/types';
import type { Store } from '../store/store';
import { checkinReader, type SiteRecord } from './checkin-reader';
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

/**
 * Every person on the platform and the site of each one's latest check-in, grouped page by page:
 * of the check-ins only what the persons need is kept, and nothing of the grouping outlives it.
 */
async function readPersons(store: Store) {
  const grouper = personGrouper<SiteRecord>(personKey);
  let checkins = 0;
  const reader = checkinReader(store);
  await reader.refreshStatistics();
  for await (const page of reader.pages(PAGE)) {
    checkins += page.length;
    for (const r of page) grouper.add(r);
  }
  const grouped = grouper.persons();
  return {
    checkins,
    persons: grouped.map((g) => g.person),
    siteOf: new Map(grouped.map(({ latest }) => [latest.recordId, latest.siteId])),
  };
}

export async function reconcileAll(
  store: Store,
  source: RegistrySource,
  { onProgress, now }: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const startSeq = await recordFeedRepo(store).lastSeq();
  const { checkins, persons, siteOf } = await readPersons(store);
  const keep = new Set(persons.map((p) => p.personKey));
  const gone = (await matchesRepo(store).allKeys()).filter((k) => !keep.has(k));
  await store.transaction((tx) => matchesRepo(tx).remove(gone));
  await storeMatches(store, source, persons, {
    siteOf,
    now,
    onBatch: (done) => onProgress?.(done, persons.length),
  });
  await recordFeedRepo(store).setCursor(startSeq);
  await progressDaysRepo(store).snapshot(vietnamDay(now?.() ?? new Date()));
  return {
    checkins,
    persons: persons.length,
    byStatus: await matchesRepo(store).countByStatus(),
  };
}
