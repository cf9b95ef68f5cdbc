// A fixed-window limit per client address, for routes where guessing is the threat (enrollment
// codes). In memory: each sync-server process limits on its own, which still caps a guesser at
// `max` tries per window per process.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiError } from './errors';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
  now?: () => number;
}

const MAX_TRACKED = 50_000;

export function rateLimit({ max, windowMs, now = Date.now }: RateLimitOptions) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const t = now();
    // A flood of addresses must not grow the map without bound: forget the expired ones.
    if (windows.size > MAX_TRACKED) {
      for (const [ip, w] of windows) if (w.resetAt <= t) windows.delete(ip);
    }
    const current = windows.get(request.ip);
    const window = current && current.resetAt > t ? current : { count: 0, resetAt: t + windowMs };
    window.count += 1;
    windows.set(request.ip, window);
    if (window.count > max) {
      const seconds = Math.ceil((window.resetAt - t) / 1000);
      return reply
        .code(429)
        .header('retry-after', String(seconds))
        .send(apiError('rate-limited', `Too many attempts; try again in ${seconds} s`));
    }
  };
}
