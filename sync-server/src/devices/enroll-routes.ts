// POST /api/v1/enroll: trades an enrollment code for a device token.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkDevicePublicKey } from './device-key';
import { enrollDevice } from './enroll';
import { ENROLL_ATTEMPTS_PER_MINUTE } from '../config';
import { rateLimiter } from '../http/rate-limiter';
import type { Store } from '../store/store';
import { apiError } from '../http/errors';
import { rateLimit } from '../http/rate-limit';
import {
  ApiErrorSchema,
  EnrollRequestSchema,
  EnrollResponseSchema,
} from '../../../src/domain/protocol-schemas';

const REFUSALS = {
  unknown: 'This enrollment code is not valid',
  expired: 'This enrollment code has expired; ask the site admin for a new one',
  used: 'This enrollment code has already been used; ask the site admin for a new one',
};

export const enrollRoutes: FastifyPluginAsyncTypebox<{
  store: Store;
  now?: () => number;
  /** ENROLL_RATE_LIMIT: a site enrolling many tablets behind one NAT address needs more. */
  attemptsPerMinute?: number;
}> = async (fastify, { store, now, attemptsPerMinute = ENROLL_ATTEMPTS_PER_MINUTE }) => {
  const limiter = rateLimiter(store, 'enroll', {
    windowMs: 60_000,
    free: attemptsPerMinute,
    wait: 'window',
  });
  fastify.post(
    '/enroll',
    {
      bodyLimit: 4096,
      onRequest: rateLimit(limiter, now),
      schema: {
        body: EnrollRequestSchema,
        response: {
          200: EnrollResponseSchema,
          400: ApiErrorSchema,
          403: ApiErrorSchema,
          429: ApiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { code, deviceName, publicKey } = request.body;
      let key: JsonWebKey | undefined;
      if (publicKey !== undefined) {
        const checked = await checkDevicePublicKey(publicKey);
        if (!checked.ok) return reply.code(400).send(apiError('bad-public-key', checked.reason));
        key = checked.key;
      }
      const name = deviceName.trim() || 'tablet';
      const outcome = await enrollDevice(store, code, name, new Date(), key);
      if (!outcome.ok) {
        return reply.code(403).send(apiError(`code-${outcome.reason}`, REFUSALS[outcome.reason]));
      }
      return outcome.response;
    },
  );
};
