// Load shedding for pushes. Past `max` batches in hand, a push is answered 503 with Retry-After
// before its body is parsed; the tablet keeps the batch and retries (it treats 5xx as retryable).
// The server then never holds more parsed batches than it can write soon: memory stays bounded
// under a national peak, and a crash throws away the work of at most `max` batches.
//
// A share per client keeps one client from taking every place: one device once held all 128 with
// uploads trickling a byte every 2 s, and every other tablet got 503. Past its share a client is
// answered 429; it is its own pushes, not the server, that hold it back.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiError } from './errors';

/** Long enough for a client's pushes in hand to finish, or be cut by the request timeout. */
const CLIENT_RETRY_AFTER_S = 5;

export interface ClientShare {
  max: number;
  /** Who sent the request; runs after authentication, before the body is read. */
  clientOf(request: FastifyRequest): string;
}

export function admitAtMost(fastify: FastifyInstance, max: number, share?: ClientShare): void {
  let inHand = 0;
  const inHandOf = new Map<string, number>();
  // The client each admitted request counts against ('' when there are no shares).
  const admitted = new WeakMap<FastifyRequest, string>();
  const release = async (request: FastifyRequest) => {
    const client = admitted.get(request);
    if (client === undefined) return;
    admitted.delete(request);
    inHand -= 1;
    const left = inHandOf.get(client)! - 1;
    if (left > 0) inHandOf.set(client, left);
    else inHandOf.delete(client);
  };
  fastify.addHook('onRequest', async (request, reply) => {
    const client = share ? share.clientOf(request) : '';
    if (share && (inHandOf.get(client) ?? 0) >= share.max) {
      return reply
        .code(429)
        .header('retry-after', String(CLIENT_RETRY_AFTER_S))
        .send(
          apiError(
            'too-many-pushes',
            `This device already has ${share.max} pushes in progress; retry once they are answered`,
          ),
        );
    }
    if (inHand >= max) {
      return reply
        .code(503)
        .header('retry-after', '1')
        .send(apiError('busy', 'The server is busy and did not read the batch; retry shortly'));
    }
    inHand += 1;
    inHandOf.set(client, (inHandOf.get(client) ?? 0) + 1);
    admitted.set(request, client);
  });
  fastify.addHook('onResponse', release);
  fastify.addHook('onRequestAbort', release);
}
