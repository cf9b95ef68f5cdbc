// Who is asking for a report: a signed-in operator, by the session cookie the sign-in
// page sets or by `Authorization: Bearer <operator token>` from POST /api/v1/operator/sign-in.
// Pages send strangers to the sign-in form; APIs answer 401 JSON. Device tokens are not accepted
// here: a tablet sees its own site through the sync API, never the reports.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OperatorScope } from './scope';
import type { Store } from '../store/store';
import { apiError } from '../http/errors';
import { operatorsRepo } from './operators-repo';

export type { OperatorScope } from './scope';

export interface Operator {
  id: string;
  name: string;
  scope: OperatorScope;
}

declare module 'fastify' {
  interface FastifyRequest {
    operator?: Operator;
  }
}

export const OPERATOR_COOKIE = 'vax_operator';
export const SESSION_TTL_MS = 12 * 3_600_000;
export const SIGN_IN_PATH = '/reports/sign-in';

const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const BEARER = /^Bearer ([A-Za-z0-9_-]{16,128})$/;

/** One cookie's value from a Cookie header (no library: this is the only cookie we read). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The session token a request carries: the bearer header first, else the cookie. */
export function operatorToken(request: FastifyRequest): string | undefined {
  const bearer = BEARER.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const cookie = readCookie(request.headers.cookie, OPERATOR_COOKIE);
  return cookie && TOKEN.test(cookie) ? cookie : undefined;
}

/** HttpOnly and SameSite=Strict always; Secure whenever the page came over HTTPS. */
export function sessionCookie(token: string, maxAgeS: number, secure: boolean): string {
  return [
    `${OPERATOR_COOKIE}=${token}`,
    'Path=/',
    `Max-Age=${maxAgeS}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export const isHttps = (request: FastifyRequest): boolean => request.protocol === 'https';

/** Only a path of the reports may be returned to after sign-in: no open redirect. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/reports(?:[/?]|$)/.test(next) && !next.includes('//')
    ? next
    : '/reports';
}

function refuse(request: FastifyRequest, reply: FastifyReply, mode: 'page' | 'api') {
  if (mode === 'api') {
    return reply
      .code(401)
      .send(apiError('unauthorized', 'Missing, unknown or expired operator token; sign in again'));
  }
  const next = encodeURIComponent(request.url);
  return reply.code(303).header('location', `${SIGN_IN_PATH}?next=${next}`).send();
}

/**
 * Adds an onRequest hook to `fastify` (use inside an encapsulated plugin): cookie session or
 * `Authorization: Bearer <operator token>`; on failure `mode: 'page'` redirects to
 * /reports/sign-in, `mode: 'api'` answers 401 JSON {error, message}. Sets request.operator.
 */
export function requireOperator(
  fastify: FastifyInstance,
  store: Store,
  mode: 'page' | 'api',
): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const token = operatorToken(request);
    const operator = token ? await operatorsRepo(store).bySession(token, new Date()) : undefined;
    if (!operator) return refuse(request, reply, mode);
    request.operator = operator;
  });
}

/** The operator the hook attached; only call from routes behind requireOperator. */
export function operatorOf(request: FastifyRequest): Operator {
  if (!request.operator) throw new Error('route is not behind requireOperator');
  return request.operator;
}
