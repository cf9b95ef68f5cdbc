// Keeps this tablet's view of the site live without polling: one pull after another, each held by
// the server until the site's changes move or PULL_WAIT_SECONDS pass (long-poll, docs/sync.md).
// When the server answers without holding (an older server, or every place taken) or a pull
// fails, it polls with backoff instead (pollDelay: 2 s doubling to 60 s); `wake` cuts that rest
// short (after a local push, back online, back in view). It rests while offline or hidden.
import { pollDelay } from './backoff';
import type { WaitOutcome } from './sync-engine';

/** How long the server may hold a pull: under the tablet's and the server's timeouts. */
export const PULL_WAIT_SECONDS = 25;

export interface LivePullOptions {
  pullWaiting(seconds: number): Promise<WaitOutcome>;
  /** Whether to pull now (online and in view); else it rests until woken. */
  ready(): boolean;
  random?: () => number;
}

export interface LivePull {
  /** Pull now if resting. */
  wake(): void;
  stop(): void;
}

/** Outcomes after which the next pull may be held at once. */
const LIVE: readonly WaitOutcome[] = ['moved', 'held', 'aborted'];

export function startLivePull({ pullWaiting, ready, random }: LivePullOptions): LivePull {
  let stopped = false;
  let wakeUp = new AbortController();
  /** Resolves after `ms` (undefined: never) or at the next wake. */
  const rest = (ms?: number) =>
    new Promise<void>((resolve) => {
      const { signal } = wakeUp;
      const timer = ms === undefined ? undefined : setTimeout(resolve, ms);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });

  void (async () => {
    let attempt = 0;
    while (!stopped) {
      if (!ready()) {
        await rest();
        continue;
      }
      const outcome = await pullWaiting(PULL_WAIT_SECONDS);
      if (LIVE.includes(outcome)) attempt = 0;
      else await rest(pollDelay(attempt++, random));
    }
  })();

  return {
    wake() {
      const woken = wakeUp;
      wakeUp = new AbortController();
      woken.abort();
    },
    stop() {
      stopped = true;
      wakeUp.abort();
    },
  };
}
