// Attempt counters shared by every server process (docs/architecture.md §10): one row per kind of
// attempt and key (a client address, or a hash). An attempt is allowed only by ONE statement, an
// upsert that counts it and sets the next wait, so simultaneous attempts in several processes can
// neither both take the last allowed try nor slip past a wait being set: on PostgreSQL the row is
// locked and the condition re-read; SQLite has one writer.
import { sql, type RawBuilder } from 'kysely';
import type { DbHandle } from '../store/db-handle';

/** How attempts under one key are limited. */
export interface RateRule {
  /** A key's count is forgotten this long after the window's first attempt. */
  windowMs: number;
  /** Attempts a window allows back to back. */
  free: number;
  /**
   * After the `free`-th attempt of a window, each attempt holds the key back: until the window
   * ends ('window'), or for a wait that starts at `firstMs` and doubles with each further attempt,
   * up to `maxMs` (a progressive delay).
   */
  wait: 'window' | ProgressiveWait;
}

export interface ProgressiveWait {
  firstMs: number;
  maxMs: number;
}

export type RateVerdict = { ok: true } | { ok: false; retryAfterMs: number };

/** The wait after the n-th attempt of a window under a progressive rule (0 before `free`). */
export function progressiveWaitMs(wait: ProgressiveWait, free: number, n: number): number {
  return n < free ? 0 : Math.min(wait.firstMs * 2 ** (n - free), wait.maxMs);
}

/** Times are epoch ms in bigint columns; PostgreSQL must not guess a parameter as integer. */
const ms = (value: number) => sql<number>`cast(${value} as bigint)`;

/** `blocked_until` once `count` attempts were made in the window begun at `start`. */
function blockedUntil(
  rule: RateRule,
  count: RawBuilder<number>,
  start: RawBuilder<number>,
  now: number,
): RawBuilder<number> {
  const { free, wait } = rule;
  if (wait === 'window') {
    return sql`case when ${count} >= ${free} then ${start} + ${ms(rule.windowMs)} else ${ms(0)} end`;
  }
  // One branch per count until the wait is at its longest: doubling is not portable SQL (SQLite
  // may lack pow()), and the ladder is short (about ten steps).
  const steps: RawBuilder<unknown>[] = [];
  for (let n = free; progressiveWaitMs(wait, free, n) < wait.maxMs; n++) {
    steps.push(sql`when ${count} = ${n} then ${ms(now + progressiveWaitMs(wait, free, n))}`);
  }
  return sql`case when ${count} < ${free} then ${ms(0)} ${sql.join(steps, sql` `)} else ${ms(now + wait.maxMs)} end`;
}

export function rateLimitsRepo({ db }: DbHandle) {
  const row = (kind: string, key: string) =>
    db.selectFrom('rate_limits').where('kind', '=', kind).where('key', '=', key);
  return {
    /**
     * Counts one attempt under `kind` and `key` at `now`, unless the key is held back. A wait
     * holds until its end, even past the end of its window.
     */
    async hit(kind: string, key: string, rule: RateRule, now: number): Promise<RateVerdict> {
      const heldBack = async (): Promise<RateVerdict | undefined> => {
        const held = await row(kind, key).select('blocked_until').executeTakeFirst();
        return held && held.blocked_until > now
          ? { ok: false, retryAfterMs: held.blocked_until - now }
          : undefined;
      };
      // A read first: a flood of refused tries then writes nothing (on SQLite, no write lock
      // taken from the batch writer). The upsert below re-checks, atomically.
      const refused = await heldBack();
      if (refused) return refused;
      const expired = sql<boolean>`${sql.ref('rate_limits.window_start')} <= ${ms(now - rule.windowMs)}`;
      const count = sql<number>`case when ${expired} then 1 else ${sql.ref('rate_limits.count')} + 1 end`;
      const start = sql<number>`case when ${expired} then ${ms(now)} else ${sql.ref('rate_limits.window_start')} end`;
      const counted = await db
        .insertInto('rate_limits')
        .values({
          kind,
          key,
          window_start: ms(now),
          count: 1,
          blocked_until: blockedUntil(rule, sql`1`, ms(now), now),
        })
        .onConflict((oc) =>
          oc
            .columns(['kind', 'key'])
            .doUpdateSet({
              window_start: start,
              count,
              blocked_until: blockedUntil(rule, count, start, now),
            })
            .where(sql.ref('rate_limits.blocked_until'), '<=', ms(now)),
        )
        .returning('count')
        .executeTakeFirst();
      if (counted) return { ok: true };
      // Another attempt set a wait in between: nothing was written.
      return (await heldBack()) ?? { ok: false, retryAfterMs: 1 };
    },

    /** Takes back one counted attempt (it turned out not to be a guess). */
    async refund(kind: string, key: string): Promise<void> {
      await db
        .updateTable('rate_limits')
        .set((eb) => ({ count: eb('count', '-', 1) }))
        .where('kind', '=', kind)
        .where('key', '=', key)
        .where('count', '>', 0)
        .execute();
    },

    /** Forgets a key's attempts. */
    async forget(kind: string, key: string): Promise<void> {
      await db.deleteFrom('rate_limits').where('kind', '=', kind).where('key', '=', key).execute();
    },

    /** Deletes the rows of `kind` whose window is over and that hold nothing back. */
    async prune(kind: string, rule: RateRule, now: number): Promise<void> {
      await db
        .deleteFrom('rate_limits')
        .where('kind', '=', kind)
        .where('window_start', '<=', now - rule.windowMs)
        .where('blocked_until', '<=', now)
        .execute();
    },
  };
}
