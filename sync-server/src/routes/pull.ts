// GET /api/v1/sync/pull: the site's changes after the cursor, one page at a time.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from '../../../src/domain/protocol';
import { decodeCursor } from '../services/cursor';
import { pullPage } from '../services/pull';
import type { Store } from '../store/store';
import { apiError } from './errors';
import { deviceOf } from './sync-auth';
import { deviceErrorResponses } from './schemas';

export const pullRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (
  fastify,
  { store },
) => {
  fastify.get(
    '/pull',
    {
      schema: {
        querystring: Type.Object({
          cursor: Type.Optional(Type.String({ maxLength: 200 })),
          limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
        }),
        response: {
          200: Type.Object({
            changes: Type.Array(
              Type.Object({
                entity: Type.String(),
                op: Type.String(),
                key: Type.String(),
                data: Type.Unknown(),
              }),
            ),
            cursor: Type.String(),
            more: Type.Boolean(),
            remaining: Type.Integer(),
          }),
          ...deviceErrorResponses,
        },
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
      return pullPage(store, deviceOf(request), afterSeq, limit);
    },
  );
};
