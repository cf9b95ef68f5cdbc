// Every error answer is JSON `{error, message}` (ApiError). Server faults are logged without the
// request body (it holds personal data) and answered 500 so the tablet retries the batch.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../../../src/domain/protocol';

export function apiError(error: string, message: string): ApiError {
  return { error, message };
}

const CLIENT_ERRORS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  408: 'timeout',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};

export function installErrorHandler(fastify: FastifyInstance): void {
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.validation ? 400 : (error.statusCode ?? 500);
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send(apiError('internal', 'Internal server error; retry the request'));
    }
    return reply.code(status).send(apiError(CLIENT_ERRORS[status] ?? 'error', error.message));
  });
}
