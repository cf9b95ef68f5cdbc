// Fastify's per-request log lines, with routine pulls at debug: every tablet pulls all day, and
// 20,000 tablets' pulls at info were 20,000 lines a second saying nothing. A pull answered with an
// error, and every other request, stays at info.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../../src/domain/protocol';

const PULL_PATH = `${API_PREFIX}/sync/pull`;

const isPull = (request: FastifyRequest) =>
  request.method === 'GET' && request.url.split('?')[0] === PULL_PATH;

export class RequestLogs extends LogController {
  override incomingRequest(request: FastifyRequest, reply: FastifyReply): void {
    if (isPull(request)) request.log.debug({ req: request }, 'incoming request');
    else super.incomingRequest(request, reply);
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (!error && isPull(request) && reply.statusCode < 400) {
      reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
    } else super.requestCompleted(error, request, reply);
  }
}
