import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Store } from '../store/store';
import { apiError } from './errors';
import { ApiErrorSchema } from './schemas';

export const healthRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (
  fastify,
  { store },
) => {
  fastify.get(
    '/healthz',
    {
      schema: {
        response: {
          200: Type.Object({ status: Type.Literal('ok'), db: Type.Literal('ok') }),
          503: ApiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      try {
        await store.ping();
      } catch (err) {
        request.log.error({ err }, 'database check failed');
        return reply.code(503).send(apiError('db-unavailable', 'The database does not answer'));
      }
      return { status: 'ok' as const, db: 'ok' as const };
    },
  );
};
