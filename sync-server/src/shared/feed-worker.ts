// A background worker that follows the change feed: woken by the feed or every few seconds
// (another process's commits on SQLite wake no one), it calls `runOnce` until a run finds nothing
// more to do. It works after pushes have committed and answered, so it never slows `/sync/push`;
// a failed run is logged and retried at the next wake.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/store';

export interface FeedWorker {
  /** Does one run; resolves with how much it did (0: nothing left). */
  runOnce(): Promise<number>;
  /** Asks for a run soon (a run already going does one more after it). */
  kick(): void;
  /** Resolves once no run is going (tests, and a clean stop). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface FeedWorkerOptions {
  everyMs?: number;
  log?: FastifyBaseLogger;
  /** What the log says when a run fails. */
  failure: string;
}

export function feedWorker(
  store: Store,
  runOnce: () => Promise<number>,
  { everyMs = 5000, log, failure }: FeedWorkerOptions,
): FeedWorker {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

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
        log?.warn({ err }, failure);
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
