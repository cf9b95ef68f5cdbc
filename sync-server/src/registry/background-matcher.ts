// After the first reconcile, new check-ins (and corrections of them) are matched as they arrive:
// woken by the change feed or every few seconds (another process's commits on SQLite wake no one),
// it reads the records announced since its cursor and refreshes the persons they touch. It works
// after the push has committed and answered, so it never slows `/sync/push`; when the registry
// cannot answer it keeps its cursor and tries again later.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/store';
import { recordsRepo } from '../sync';
import { progressDaysRepo, vietnamDay } from './progress-days-repo';
import { recordFeedRepo } from './record-feed-repo';
import { refreshPersons } from './refresh-persons';
import type { RegistrySource } from './source';

const READ_AT_ONCE = 2000;

export interface RegistryMatcher {
  /** Matches what arrived since the cursor; resolves with how many records it read. */
  runOnce(): Promise<number>;
  /** Asks for a run soon (a run already going does one more after it). */
  kick(): void;
  /** Resolves once no run is going (tests, and a clean stop). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function registryMatcher(
  store: Store,
  source: RegistrySource,
  { everyMs = 5000, log }: { everyMs?: number; log?: FastifyBaseLogger } = {},
): RegistryMatcher {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

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

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do again = false;
        while ((await runOnce()) > 0 || again);
      } catch (err) {
        log?.warn({ err }, 'registry matching paused; it resumes at the next change');
      } finally {
        running = undefined;
      }
    })();
  }

  const unlisten = store.feed.listen(kick);
  const timer = setInterval(kick, everyMs);
  timer.unref();
  const idle = async (): Promise<void> => {
    while (running) await running;
  };
  return {
    runOnce,
    kick,
    idle,
    async stop() {
      stopped = true;
      unlisten();
      clearInterval(timer);
      await idle();
    },
  };
}
