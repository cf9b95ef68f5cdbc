// Operator sign-in: the HTML form at /reports/sign-in (session cookie) and
// POST /api/v1/operator/sign-in (JSON, bearer token for scripts). Both share the attempt limits of
// operators/sign-in-limits.ts. Register as an encapsulated plugin: the form-body parser it adds
// stays inside.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../../../src/domain/protocol';
import {
  signInOperator,
  signInLimits,
  isHttps,
  operatorToken,
  safeNext,
  SESSION_TTL_MS,
  sessionCookie,
  SIGN_IN_PATH,
  operatorsRepo,
} from '../../operators';
import { retryAfterSeconds } from '../../http/rate-limiter';
import type { Store } from '../../store/store';
import { apiError } from '../../http/errors';
import { tooManyAttempts } from '../../http/rate-limit';
import { signInPage } from './sign-in-page';
import { langOf, STRINGS } from './strings';

const MAX_FIELD = 200;

const field = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' ? v.slice(0, MAX_FIELD) : '';
};

export const operatorSignInRoutes: FastifyPluginAsyncTypebox<{
  store: Store;
  now?: () => number;
}> = async (fastify, { store, now = Date.now }) => {
  const limits = signInLimits(store);
  /** Checks the password unless the address is held back from trying this account. */
  const signIn = async (request: FastifyRequest, username: string, password: string) => {
    const verdict = await limits.attempt(request.ip, username, now());
    if (!verdict.ok) return { limited: true as const, ...verdict };
    const outcome = await signInOperator(store, username, password, new Date(now()));
    if (outcome.ok) await limits.succeeded(request.ip, username);
    return { limited: false as const, ...outcome };
  };

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
    const outcome = await signIn(request, username, field(request.body, 'password'));
    if (outcome.limited) {
      const seconds = retryAfterSeconds(outcome);
      reply.header('retry-after', String(seconds));
      const message = STRINGS[lang].tooMany(seconds);
      return sendPage(reply, 429, signInPage(lang, next, { error: message, username }));
    }
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
    if (token) await operatorsRepo(store).endSession(token);
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
      const outcome = await signIn(request, username.trim(), password);
      if (outcome.limited) return tooManyAttempts(reply, outcome);
      if (!outcome.ok) {
        return reply.code(401).send(apiError('unauthorized', 'Wrong username or password'));
      }
      return { token: outcome.token, expiresAt: outcome.expiresAt };
    },
  );
};
