// Serves the built PWA. index.html and sw.js must never be cached by the browser (an update would
// not reach the tablet); hashed files under /assets/ never change, so they are cached for good.
// Unknown non-API GET paths get index.html, so client-side routes survive a reload.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../../../src/domain/protocol';
import { apiError } from './errors';

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
      setHeaders: (reply, filePath) => {
        reply.header('Cache-Control', cacheControlFor(filePath));
      },
    });
  } else {
    fastify.log.warn({ staticDir }, 'STATIC_DIR not found: serving the API only');
  }

  fastify.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/healthz' || request.url.startsWith(`${API_PREFIX}/`);
    if (serving && request.method === 'GET' && !isApi) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply
      .code(404)
      .send(apiError('not-found', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
}
