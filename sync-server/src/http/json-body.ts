// JSON request bodies. Fastify's own parser refuses a `__proto__` or `constructor.prototype` key
// (prototype poisoning) but calls it "not valid JSON", which sends the client looking for a syntax
// error. This parser keeps that refusal and says which key is the problem.
import type { FastifyInstance } from 'fastify';
import { ClientError } from './errors';

/** The first key Fastify's parser refuses, or undefined when the text is not JSON at all. */
export function forbiddenJsonKey(text: string): string | undefined {
  let found: string | undefined;
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (key === '__proto__') found ??= '__proto__';
      else if (key === 'constructor' && value !== null && typeof value === 'object') {
        if (Object.hasOwn(value, 'prototype')) found ??= 'constructor.prototype';
      }
      return value;
    });
  } catch {
    return undefined;
  }
  return found;
}

/** Replaces the application/json parser for every route registered after it. */
export function installJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    parse(request, body as string, (err, value) => {
      // Only a refused body is parsed again, to tell a forbidden key from broken JSON.
      const key = err ? forbiddenJsonKey(body as string) : undefined;
      if (key === undefined) return done(err as Error | null, value);
      done(
        new ClientError(
          400,
          'forbidden-key',
          `A JSON key named ${key} is not allowed; remove or rename it and send the request again`,
        ),
        undefined,
      );
    }),
  );
}
