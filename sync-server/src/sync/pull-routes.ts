// GET /api/v1/sync/pull: the site's changes after the cursor, one page at a time. With `wait=S`
// (long-poll) an empty page is held for up to S seconds and answered as soon as the site's change
// feed moves; the answer's `x-pull-wait` header says how long the server held it at most (0: it
// did not, poll later). Without `wait` the pull is answered at once, as it always was.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PullQuerySchema, PullResponseSchema } from '../../../src/domain/protocol-schemas';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from '../../../src/domain/protocol';
import { decodeCursor } from './cursor';
import type { ChangeFeed } from '../store/change-feed';
import type { HeldPulls } from './live-pull/held-pulls';
import { waitedPage } from './live-pull/waited-page';
import { pullPage } from './pull';
import type { Store } from '../store/store';
import { apiError } from '../http/errors';
import { deviceOf } from '../devices';
import { deviceErrorResponses } from '../http/schemas';

/** Longest wait a pull may ask for: well below the tablet's 30 s timeout and REQUEST_TIMEOUT. */
export const MAX_PULL_WAIT_SECONDS = 25;
/** When every place for a held pull is taken: poll again after this many seconds. */
const FULL_RETRY_AFTER_S = 10;

export interface PullRoutesOptions {
  store: Store;
  feed: ChangeFeed;
  held: HeldPulls;
}

export const pullRoutes: FastifyPluginAsyncTypebox<PullRoutesOptions> = async (
  fastify,
  { store, feed, held },
) => {
  fastify.get(
    '/pull',
    {
      schema: {
        querystring: PullQuerySchema,
        response: { 200: PullResponseSchema, ...deviceErrorResponses },
      },
    },
    async (request, reply) => {
      const afterSeq = decodeCursor(request.query.cursor);
      if (afterSeq === undefined) {
        return reply
          .code(400)
          .send(apiError('bad-cursor', 'Unknown cursor; pull again from the start'));
      }
      const limit = Number(request.query.limit ?? DEFAULT_PULL_LIMIT);
      if (limit < 1 || limit > MAX_PULL_LIMIT) {
        return reply
          .code(400)
          .send(apiError('bad-request', `limit must be from 1 to ${MAX_PULL_LIMIT}`));
      }
      const device = deviceOf(request);
      if (request.query.wait === undefined) return pullPage(store, device, afterSeq, limit);
      const waitS = Math.min(Number(request.query.wait), MAX_PULL_WAIT_SECONDS);
      const place = waitS > 0 ? held.hold(device.id) : undefined;
      if (place === undefined) {
        reply.header('x-pull-wait', '0');
        if (waitS > 0) reply.header('retry-after', String(FULL_RETRY_AFTER_S));
        return pullPage(store, device, afterSeq, limit);
      }
      // A client that goes away frees its place at once.
      reply.raw.once('close', place.release);
      reply.header('x-pull-wait', String(waitS));
      try {
        return await waitedPage(store, feed, device, afterSeq, limit, waitS * 1000, place.signal);
      } finally {
        place.release();
      }
    },
  );
};
