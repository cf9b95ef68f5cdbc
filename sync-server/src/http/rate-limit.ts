// Limits per client address for routes where guessing is the threat (enrollment codes, operator
// sign-in), answered with a JSON 429 and Retry-After. The counters are in the database, shared by
// every server process. `request.ip` is the forwarded client only when TRUST_PROXY names the
// balancer (app.ts): otherwise anyone could claim any address. An IPv6 client counts by its /64.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientNetwork } from './client-network';
import { retryAfterSeconds, type RateLimiter } from './rate-limiter';
import { apiError } from './errors';

export function tooManyAttempts(reply: FastifyReply, refusal: { retryAfterMs: number }) {
  const seconds = retryAfterSeconds(refusal);
  return reply
    .code(429)
    .header('retry-after', String(seconds))
    .send(apiError('rate-limited', `Too many attempts; try again in ${seconds} s`));
}

/** An onRequest hook counting each request under its client's address (or IPv6 /64). */
export function rateLimit(limiter: RateLimiter, now: () => number = Date.now) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const verdict = await limiter.hit(clientNetwork(request.ip), now());
    if (!verdict.ok) return tooManyAttempts(reply, verdict);
  };
}
