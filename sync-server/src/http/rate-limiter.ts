// One limit, a kind of attempt under its rule, over the counters every server process shares
// (rate-limits-repo.ts). It also deletes its kind's spent rows, at most once a minute per
// process, so the table holds only the keys seen within a window.
import { type RateRule, type RateVerdict, rateLimitsRepo } from './rate-limits-repo';
import type { DbHandle } from '../store/db-handle';

const PRUNE_EVERY_MS = 60_000;

export function rateLimiter(handle: DbHandle, kind: string, rule: RateRule) {
  const counters = rateLimitsRepo(handle);
  let prunedAt = -Infinity;
  return {
    async hit(key: string, now: number): Promise<RateVerdict> {
      if (now - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = now;
        await counters.prune(kind, rule, now);
      }
      return counters.hit(kind, key, rule, now);
    },
    refund: (key: string) => counters.refund(kind, key),
    forget: (key: string) => counters.forget(kind, key),
  };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;

/** A refusal's wait as a Retry-After header: whole seconds, at least 1. */
export const retryAfterSeconds = (refusal: { retryAfterMs: number }): number =>
  Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
