// Exponential backoff with full jitter: spreads retries of many tablets coming back online at
// once instead of having them hit the server in lockstep.
export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  random?: () => number;
}

/** Delay before retry number `attempt` (0 for the first retry): random(0, min(cap, base·2^attempt)). */
export function fullJitterDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 1000, capMs = 5 * 60_000, random = Math.random } = options;
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}

/** Resolves after `ms`, or early when `signal` aborts (a wake-up, not an error). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

/** Polling when the server cannot hold a pull: 2 s, doubling to 60 s, each with jitter. */
export const POLL_BACKOFF = { baseMs: 2_000, capMs: 60_000 };

/**
 * Delay before poll number `attempt` (0 for the first): between half and all of
 * min(cap, base·2^attempt), so tablets spread out and none polls in a tight loop.
 */
export function pollDelay(attempt: number, random: () => number = Math.random): number {
  const { baseMs, capMs } = POLL_BACKOFF;
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.floor(ceiling / 2 + (random() * ceiling) / 2);
}
