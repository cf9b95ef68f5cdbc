// Serves the built PWA. index.html and sw.js must never be cached by the browser (an update would
// not reach the tablet); hashed files under /assets/ never change, so they are cached for good.
// Unknown GET paths outside the server's own (src/domain/server-paths.ts) get index.html, so
// client-side routes survive a reload. Source maps are never served, even if a build left some.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { isServerPath } from '../../../src/domain/server-paths';
import { apiError } from './errors';

const SOURCE_MAP = /\.map$/i;
const IMMUTABLE = 'public, max-age=31536000, immutable';

function cacheControlFor(filePath: string): string {
  return /[\\/]assets[\\/]/.test(filePath) ? IMMUTABLE : 'no-cache';
}

export async function staticRoutes(fastify: FastifyInstance, staticDir: string): Promise<void> {
  const serving = existsSync(staticDir);
  if (serving) {
    await fastify.register(fastifyStatic, {
      root: staticDir,
      prefix: '/',
      cacheControl: false,
      allowedPath: (pathName) => !SOURCE_MAP.test(pathName),
      setHeaders: (reply, filePath) => {
        reply.header('Cache-Control', cacheControlFor(filePath));
      },
    });
  } else {
    fastify.log.warn({ staticDir }, 'STATIC_DIR not found: serving the API only');
  }

  fastify.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (serving && request.method === 'GET' && !isServerPath(path) && !SOURCE_MAP.test(path)) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).send(apiError('not-found', `No route for ${request.method} ${path}`));
  });
}
