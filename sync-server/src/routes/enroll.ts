// POST /api/v1/enroll: trades an enrollment code for a device token.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { enrollDevice } from '../services/enroll';
import type { Store } from '../store/store';
import { apiError } from './errors';
import { ApiErrorSchema, SiteSchema } from './schemas';

const REFUSALS = {
  unknown: 'This enrollment code is not valid',
  expired: 'This enrollment code has expired; ask the site admin for a new one',
  used: 'This enrollment code has already been used; ask the site admin for a new one',
};

export const enrollRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (
  fastify,
  { store },
) => {
  fastify.post(
    '/enroll',
    {
      bodyLimit: 4096,
      schema: {
        body: Type.Object({
          code: Type.String({ minLength: 1, maxLength: 64 }),
          deviceName: Type.String({ minLength: 1, maxLength: 100 }),
        }),
        response: {
          200: Type.Object({ deviceId: Type.String(), token: Type.String(), site: SiteSchema }),
          400: ApiErrorSchema,
          403: ApiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { code, deviceName } = request.body;
      const outcome = await enrollDevice(store, code, deviceName.trim() || 'tablet', new Date());
      if (!outcome.ok) {
        return reply.code(403).send(apiError(`code-${outcome.reason}`, REFUSALS[outcome.reason]));
      }
      return outcome.response;
    },
  );
};
