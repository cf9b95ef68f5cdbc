// After the first reconcile, new check-ins (and corrections of them) are matched as they arrive
// (shared/feed-worker.ts): it reads the records announced since its cursor and refreshes the
// persons they touch. When the registry cannot answer it keeps its cursor and tries again later.
import type { FastifyBaseLogger } from 'fastify';
import { feedWorker, type FeedWorker } from '../shared/feed-worker';
import type { Store } from '../store/store';
import { recordsRepo } from '../sync';
import { progressDaysRepo, vietnamDay } from './progress-days-repo';
import { recordFeedRepo } from './record-feed-repo';
import { refreshPersons } from './refresh-persons';
import type { RegistrySource } from './source';

const READ_AT_ONCE = 2000;

export type RegistryMatcher = FeedWorker;

export function registryMatcher(
  store: Store,
  source: RegistrySource,
  { everyMs = 5000, log }: { everyMs?: number; log?: FastifyBaseLogger } = {},
): RegistryMatcher {
  async function runOnce(): Promise<number> {
    const cursor = await recordFeedRepo(store).cursor();
    if (cursor === undefined) return 0; // no reconcile yet: nothing to keep up to date
    const { ids, lastSeq } = await recordFeedRepo(store).after(cursor, READ_AT_ONCE);
    if (ids.length === 0) return 0;
    const stored = await recordsRepo(store).byIds(ids);
    const checkinIds = new Set<string>();
    for (const [id, r] of stored) {
      if (r.type === 'checkin') checkinIds.add(id);
      else if (r.type === 'correction') checkinIds.add(JSON.parse(r.body).data.targetId);
    }
    if (checkinIds.size > 0) await refreshPersons(store, source, { checkinIds: [...checkinIds] });
    await recordFeedRepo(store).setCursor(lastSeq);
    await progressDaysRepo(store).snapshot(vietnamDay(new Date()));
    return ids.length;
  }

  return feedWorker(store, runOnce, {
    everyMs,
    log,
    failure: 'registry matching paused; it resumes at the next change',
  });
}
