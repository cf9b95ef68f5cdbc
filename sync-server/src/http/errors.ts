// Every error answer is JSON `{error, message}` (ApiError). Server faults are logged without the
// request body (it holds personal data) and answered 500 so the tablet retries the batch; a
// database that cannot serve now (away, hung, busy, full) is a 503 with Retry-After.
import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../../../src/domain/protocol';
import { isDatabaseUnavailable } from '../store/unavailable';

export function apiError(error: string, message: string): ApiError {
  return { error, message };
}

/** A refusal that names its own ApiError code; other errors get theirs from the status. */
export class ClientError extends Error {
  constructor(
    readonly statusCode: number,
    readonly apiCode: string,
    message: string,
  ) {
    super(message);
  }
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

/** PostgreSQL's refusals of text it cannot hold (a NUL, say): the input's fault, not the server's. */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

function statusOf(error: FastifyError): number {
  if (error.validation) return 400;
  if (UNSTORABLE_TEXT.has(error.code)) return 400;
  return error.statusCode ?? 500;
}

/** Seconds a tablet is asked to wait before retrying against a database that cannot serve. */
export const DB_RETRY_AFTER_S = 5;

export function installErrorHandler(fastify: FastifyInstance): void {
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', String(DB_RETRY_AFTER_S))
        .send(apiError('db-unavailable', 'The database is unavailable; retry the request shortly'));
    }
    const status = statusOf(error);
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send(apiError('internal', 'Internal server error; retry the request'));
    }
    const message = UNSTORABLE_TEXT.has(error.code)
      ? 'The request holds characters that cannot be stored (such as NUL); remove them'
      : error.message;
    const code = error instanceof ClientError ? error.apiCode : CLIENT_ERRORS[status];
    return reply.code(status).send(apiError(code ?? 'error', message));
  });
}
