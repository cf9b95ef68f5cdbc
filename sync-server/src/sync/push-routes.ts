// POST /api/v1/sync/push: one batch of records, answered per record in request order only
// after the batch is committed.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MAX_BATCH_RECORDS } from '../../../src/domain/protocol';
import type { BatchWriter } from './batch-writer/writer';
import { checkBatch } from './ingest/ingest';
import { admitAtMost } from '../http/admission';
import { apiError } from '../http/errors';
import { deviceOf } from '../devices';
import {
  ApiErrorSchema,
  PushRequestSchema,
  PushResponseSchema,
} from '../../../src/domain/protocol-schemas';
import { deviceErrorResponses } from '../http/schemas';

export interface PushRoutesOptions {
  writer: BatchWriter;
  /** Pushes in hand at most: in all, and of one device (see admission.ts). */
  pushesInHand: number;
  pushesPerDevice: number;
}

export const pushRoutes: FastifyPluginAsyncTypebox<PushRoutesOptions> = async (
  fastify,
  { writer, pushesInHand, pushesPerDevice },
) => {
  // Behind the device's authentication, so a client without a token never holds a place.
  admitAtMost(fastify, pushesInHand, {
    max: pushesPerDevice,
    clientOf: (request) => deviceOf(request).id,
  });
  fastify.post(
    '/push',
    {
      schema: {
        body: PushRequestSchema,
        response: { 200: PushResponseSchema, ...deviceErrorResponses, 413: ApiErrorSchema },
      },
    },
    async (request, reply) => {
      const { records } = request.body;
      if (records.length > MAX_BATCH_RECORDS) {
        return reply
          .code(413)
          .send(
            apiError(
              'payload-too-large',
              `At most ${MAX_BATCH_RECORDS} records per batch, got ${records.length}`,
            ),
          );
      }
      const device = deviceOf(request);
      const now = new Date();
      const checked = checkBatch(device, records, now);
      return { results: await writer.write(device, checked, now.toISOString()) };
    },
  );
};
