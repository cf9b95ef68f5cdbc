// Fixed-window attempt counter for operator sign-in: per client address AND per username, so
// neither many addresses against one account nor one address against many accounts gets more
// than `max` guesses a window. routes/rate-limit.ts does the same per address for enrollment but
// answers JSON from an onRequest hook, before the username (in the body) is known; the sign-in
// page must answer with HTML. In memory, per process, like that one.

export interface AttemptLimiterOptions {
  max: number;
  windowMs: number;
}

export type AttemptVerdict = { ok: true } | { ok: false; retryAfterS: number };

const MAX_TRACKED = 50_000;

export function attemptLimiter({ max, windowMs }: AttemptLimiterOptions) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const hitOne = (key: string, now: number): number | undefined => {
    const current = windows.get(key);
    const window =
      current && current.resetAt > now ? current : { count: 0, resetAt: now + windowMs };
    window.count += 1;
    windows.set(key, window);
    return window.count > max ? Math.ceil((window.resetAt - now) / 1000) : undefined;
  };
  return {
    /** Counts one attempt under every key; refused when any of them is over the limit. */
    hit(keys: readonly string[], now: number): AttemptVerdict {
      // A flood of keys must not grow the map without bound: forget the expired ones.
      if (windows.size > MAX_TRACKED) {
        for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      }
      const waits = keys.map((k) => hitOne(k, now)).filter((s) => s !== undefined);
      return waits.length === 0 ? { ok: true } : { ok: false, retryAfterS: Math.max(...waits) };
    },
  };
}
