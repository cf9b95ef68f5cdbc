// Load shedding for pushes. Past `max` batches in hand, a push is answered 503 with Retry-After
// before its body is parsed; the tablet keeps the batch and retries (it treats 5xx as retryable).
// The server then never holds more parsed batches than it can write soon: memory stays bounded
// under a national peak, and a crash throws away the work of at most `max` batches.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiError } from './errors';

/**
 * Enough to keep the database busy (SQLite writes one batch at a time, PostgreSQL ten) while
 * uploads over slow links hold their places. Under bench:load's faults, 32, 64 and 128 give the
 * same throughput; 128 the lowest batch p95, as fewer pushes meet a 503 and back off. A parsed
 * batch in hand is about 1.5 MB, so at most ~190 MB.
 */
export const MAX_PUSHES_IN_HAND = 128;

export function admitAtMost(fastify: FastifyInstance, max: number): void {
  let inHand = 0;
  const admitted = new WeakSet<FastifyRequest>();
  const release = async (request: FastifyRequest) => {
    if (admitted.delete(request)) inHand -= 1;
  };
  fastify.addHook('onRequest', async (request, reply) => {
    if (inHand >= max) {
      return reply
        .code(503)
        .header('retry-after', '1')
        .send(apiError('busy', 'The server is busy and did not read the batch; retry shortly'));
    }
    inHand += 1;
    admitted.add(request);
  });
  fastify.addHook('onResponse', release);
  fastify.addHook('onRequestAbort', release);
}
