// How long the server waits for a client to send its request. Fastify switches Node's own limits
// off, so a client trickling a body (a byte every 2 s) once held its connection, and its place in
// push admission, for as long as it liked. These bound every request, whatever route it is for.
import { STATUS_CODES, type ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError } from 'fastify';
import { apiError } from './errors';

/** The request line and headers (under 2 KB from a tablet) must be in within this. */
const HEADERS_TIMEOUT_MS = 20_000;

/**
 * Fastify's options for Node's request timeouts, how often Node looks for requests past them (by
 * default every 30 s, which would let a request overstay a short timeout by that much), and the
 * answer to a request cut off.
 *
 * No socket idle timeout (`connectionTimeout`): a push waiting for the database sends nothing
 * either, and cutting it would turn a slow commit into a retry storm; a silent client is cut by
 * the timeouts above, and an idle keep-alive connection by Fastify's `keepAliveTimeout` (72 s).
 */
export function requestTimeoutOptions(requestMs: number): {
  requestTimeout: number;
  http: ServerOptions;
  clientErrorHandler: (error: ConnectionError, socket: Socket) => void;
} {
  const headersMs = Math.min(HEADERS_TIMEOUT_MS, requestMs);
  return {
    requestTimeout: requestMs,
    http: {
      headersTimeout: headersMs,
      connectionsCheckingInterval: Math.max(100, Math.floor(headersMs / 4)),
    },
    clientErrorHandler: (error, socket) => answerClientError(error, socket, requestMs),
  };
}

/**
 * What Node could not hand to Fastify (a request cut off, headers too large, not HTTP), answered
 * as every other error is, `{error, message}`, saying what to do; then the connection is closed.
 */
function answerClientError(error: ConnectionError, socket: Socket, requestMs: number): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, body] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [
          408,
          apiError(
            'timeout',
            `The request did not arrive within ${requestMs / 1000} s; send it again, smaller or over a better connection`,
          ),
        ]
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, apiError('headers-too-large', 'The request headers are too large; send fewer')]
        : [400, apiError('bad-request', 'The request is not valid HTTP')];
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy();
}
