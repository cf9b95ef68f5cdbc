// One limit, a kind of attempt under its rule, over the counters every server process shares
// (store/repos/rate-limits.ts). It also deletes its kind's spent rows, at most once a minute per
// process, so the table holds only the keys seen within a window.
import type { RateRule, RateVerdict } from './rate-limits-repo';
import type { Store } from '../store/store';

const PRUNE_EVERY_MS = 60_000;

export function rateLimiter(store: Pick<Store, 'rateLimits'>, kind: string, rule: RateRule) {
  let prunedAt = -Infinity;
  return {
    async hit(key: string, now: number): Promise<RateVerdict> {
      if (now - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = now;
        await store.rateLimits.prune(kind, rule, now);
      }
      return store.rateLimits.hit(kind, key, rule, now);
    },
    refund: (key: string) => store.rateLimits.refund(kind, key),
    forget: (key: string) => store.rateLimits.forget(kind, key),
  };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;

/** A refusal's wait as a Retry-After header: whole seconds, at least 1. */
export const retryAfterSeconds = (refusal: { retryAfterMs: number }): number =>
  Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
