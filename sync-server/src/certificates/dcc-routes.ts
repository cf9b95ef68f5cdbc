// GET /dcc/trust-list and /dcc/revocation-list: public (anyone verifying a certificate needs them,
// and they hold no personal data), read from the database at each request so admin commands take
// effect in a running server. A strong ETag from the content answers a tablet's unchanged pull
// with 304; `no-cache` makes every pull revalidate, so a revocation is seen at the next one.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/store';
import { RevocationListSchema, revocationList, TrustListSchema, trustList } from './trust-lists';

export const DCC_PREFIX = '/dcc';
const CACHE_CONTROL = 'public, no-cache';

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** RFC 9110 If-None-Match: `*` or a list of tags, compared weakly (W/ ignored), as GET allows. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function sendCached(request: FastifyRequest, reply: FastifyReply, body: string) {
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', CACHE_CONTROL);
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

export const dccRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (
  fastify,
  { store },
) => {
  fastify.get(
    `${DCC_PREFIX}/trust-list`,
    { schema: { response: { 200: TrustListSchema } } },
    async (request, reply) =>
      sendCached(request, reply, reply.serialize(await trustList(store)) as string),
  );
  fastify.get(
    `${DCC_PREFIX}/revocation-list`,
    { schema: { response: { 200: RevocationListSchema } } },
    async (request, reply) =>
      sendCached(request, reply, reply.serialize(await revocationList(store)) as string),
  );
};
