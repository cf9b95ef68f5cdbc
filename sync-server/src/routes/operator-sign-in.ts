// Operator sign-in (issue 5): the HTML form at /reports/sign-in (session cookie) and
// POST /api/v1/operator/sign-in (JSON, bearer token for scripts). Both share one attempt limit
// per address and per username. Register as an encapsulated plugin: the form-body parser it adds
// stays inside.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../../src/domain/protocol';
import { signInOperator } from '../services/operator-sign-in';
import { attemptLimiter } from '../services/reports/attempt-limiter';
import type { Store } from '../store/store';
import { apiError } from './errors';
import {
  isHttps,
  operatorToken,
  safeNext,
  SESSION_TTL_MS,
  sessionCookie,
  SIGN_IN_PATH,
} from './operator-auth';
import { signInPage } from './reports-pages/sign-in-page';
import { langOf, STRINGS } from './reports-pages/strings';

/** Sign-in tries per minute, per client address and per username. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10;
const MAX_FIELD = 200;

const field = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' ? v.slice(0, MAX_FIELD) : '';
};

export const operatorSignInRoutes: FastifyPluginAsyncTypebox<{
  store: Store;
  now?: () => number;
}> = async (fastify, { store, now = Date.now }) => {
  const limiter = attemptLimiter({ max: SIGN_IN_ATTEMPTS_PER_MINUTE, windowMs: 60_000 });
  const check = (request: FastifyRequest, username: string) =>
    limiter.hit([`ip:${request.ip}`, `user:${username.trim().toLowerCase()}`], now());

  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  const sendPage = (reply: FastifyReply, code: number, text: string) =>
    reply
      .code(code)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(text);

  fastify.get(SIGN_IN_PATH, async (request, reply) => {
    const query = request.query as { next?: string; lang?: string };
    return sendPage(reply, 200, signInPage(langOf(query), safeNext(query.next)));
  });

  fastify.post(SIGN_IN_PATH, async (request, reply) => {
    const query = request.query as { lang?: string };
    const lang = langOf(query);
    const next = safeNext(field(request.body, 'next'));
    const username = field(request.body, 'username').trim();
    const verdict = check(request, username);
    if (!verdict.ok) {
      reply.header('retry-after', String(verdict.retryAfterS));
      const message = STRINGS[lang].tooMany(verdict.retryAfterS);
      return sendPage(reply, 429, signInPage(lang, next, { error: message, username }));
    }
    const outcome = await signInOperator(
      store,
      username,
      field(request.body, 'password'),
      new Date(now()),
    );
    if (!outcome.ok) {
      const error = STRINGS[lang].badCredentials;
      return sendPage(reply, 401, signInPage(lang, next, { error, username }));
    }
    return reply
      .code(303)
      .header('set-cookie', sessionCookie(outcome.token, SESSION_TTL_MS / 1000, isHttps(request)))
      .header('location', next)
      .send();
  });

  fastify.post('/reports/sign-out', async (request, reply) => {
    const token = operatorToken(request);
    if (token) await store.operators.endSession(token);
    return reply
      .code(303)
      .header('set-cookie', sessionCookie('', 0, isHttps(request)))
      .header('location', SIGN_IN_PATH)
      .send();
  });

  fastify.post(
    `${API_PREFIX}/operator/sign-in`,
    {
      bodyLimit: 4096,
      schema: {
        body: Type.Object({
          username: Type.String({ minLength: 1, maxLength: MAX_FIELD }),
          password: Type.String({ minLength: 1, maxLength: MAX_FIELD }),
        }),
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const verdict = check(request, username);
      if (!verdict.ok) {
        return reply
          .code(429)
          .header('retry-after', String(verdict.retryAfterS))
          .send(
            apiError('rate-limited', `Too many attempts; try again in ${verdict.retryAfterS} s`),
          );
      }
      const outcome = await signInOperator(store, username.trim(), password, new Date(now()));
      if (!outcome.ok) {
        return reply.code(401).send(apiError('unauthorized', 'Wrong username or password'));
      }
      return { token: outcome.token, expiresAt: outcome.expiresAt };
    },
  );
};
