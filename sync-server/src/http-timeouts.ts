// How long the server waits for a client to send its request. Fastify switches Node's own limits
// off, so a client trickling a body (a byte every 2 s) once held its connection, and its place in
// push admission, for as long as it liked. These bound every request, whatever route it is for.
import type { ServerOptions } from 'node:http';

/**
 * The whole request, body included, must be in within this. The tablet gives up on a push after
 * 30 s (src/sync/api-client.ts), so the server never cuts what the tablet still waits for; 60 s
 * carries a full 1 MiB batch at 140 kbit/s, a third of a slow 3G uplink (~400 kbit/s).
 */
export const REQUEST_TIMEOUT_MS = 60_000;

/** The request line and headers (under 2 KB from a tablet) must be in within this. */
const HEADERS_TIMEOUT_MS = 20_000;

/**
 * Node's request timeouts, and how often Node looks for requests past them (by default every
 * 30 s, which would let a request overstay a short timeout by that much).
 *
 * No socket idle timeout (`connectionTimeout`): a push waiting for the database sends nothing
 * either, and cutting it would turn a slow commit into a retry storm; a silent client is cut by
 * the timeouts above, and an idle keep-alive connection by Fastify's `keepAliveTimeout` (72 s).
 */
export function requestTimeouts(requestMs: number): {
  requestTimeout: number;
  http: ServerOptions;
} {
  const headersMs = Math.min(HEADERS_TIMEOUT_MS, requestMs);
  return {
    requestTimeout: requestMs,
    http: {
      headersTimeout: headersMs,
      connectionsCheckingInterval: Math.max(100, Math.floor(headersMs / 4)),
    },
  };
}
