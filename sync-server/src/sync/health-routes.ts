// GET /healthz: 200 only when the database can write now, as pushes see it (BatchWriter.canWrite),
// answered within `timeoutMs` whatever the database does: a balancer or a monitor asking a
// server whose database is away, hung or full gets its 503 in time.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { BatchWriter } from './batch-writer/writer';
import { apiError, DB_RETRY_AFTER_S } from '../http/errors';
import { ApiErrorSchema } from '../../../src/domain/protocol-schemas';

class TooSlow extends Error {}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TooSlow(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export const healthRoutes: FastifyPluginAsyncTypebox<{
  writer: BatchWriter;
  timeoutMs: number;
}> = async (fastify, { writer, timeoutMs }) => {
  // One probe at a time: checks that come while one runs share its outcome.
  let checking: Promise<void> | undefined;
  const check = () =>
    (checking ??= writer.canWrite(new Date()).finally(() => {
      checking = undefined;
    }));

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
        await within(check(), timeoutMs);
      } catch (err) {
        request.log.error({ err }, 'database check failed');
        const message =
          err instanceof TooSlow
            ? `The database did not answer within ${timeoutMs} ms`
            : 'The database cannot write (see the server log)';
        return reply
          .code(503)
          .header('retry-after', String(DB_RETRY_AFTER_S))
          .send(apiError('db-unavailable', message));
      }
      return { status: 'ok' as const, db: 'ok' as const };
    },
  );
};
