// The citizen page /certificate (docs/certificates.md): a form asking for the ID number and the date
// of birth, answered with the certificate. "No such person" and "wrong date of birth" give the
// same page after the same time (every look-up answers no sooner than `answerFloorMs` after it
// began), so the page tells nobody who exists. Tries are limited per address and per ID number.
// Register as an encapsulated plugin: its form-body parser stays inside.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { parseDate } from '../../../../src/domain/local-date';
import { retryAfterSeconds } from '../../http/rate-limiter';
import type { DbHandle } from '../../store/db-handle';
import { citizenLookupLimits } from './citizen-limits';
import type { CertificateLookup } from './citizen-lookup';
import { CITIZEN_CSS, PRINT_JS } from './citizen-assets';
import { CITIZEN_STRINGS, langOf } from './citizen-strings';
import { CITIZEN_PATH, certificatePage, lookupForm } from './citizen-views';

const MAX_FIELD = 40;

/** More than any look-up takes on a loaded server: the floor, not the work, sets the time. */
export const ANSWER_FLOOR_MS = 400;

export interface CitizenPageOptions {
  store: DbHandle;
  lookup: CertificateLookup;
  now?: () => number;
  answerFloorMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const field = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | null)?.[name];
  return typeof v === 'string' ? v.slice(0, MAX_FIELD).trim() : '';
};

/** Spaces and dots people type inside the number are not part of it. */
const idOf = (typed: string): string | undefined => {
  const digits = typed.replace(/[\s.]/g, '');
  return /^(\d{12}|\d{9})$/.test(digits) ? digits : undefined;
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function citizenPageRoutes(
  fastify: FastifyInstance,
  {
    store,
    lookup,
    now = Date.now,
    answerFloorMs = ANSWER_FLOOR_MS,
    sleep = delay,
  }: CitizenPageOptions,
): Promise<void> {
  const limits = citizenLookupLimits(store);
  const send = (reply: FastifyReply, code: number, text: string) =>
    reply
      .code(code)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(text);

  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 2048 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  fastify.get(`${CITIZEN_PATH}/certificate.css`, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(CITIZEN_CSS),
  );
  fastify.get(`${CITIZEN_PATH}/print.js`, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(PRINT_JS),
  );

  fastify.get(CITIZEN_PATH, async (request, reply) =>
    send(reply, 200, lookupForm(langOf(request.query as { lang?: unknown }))),
  );

  fastify.post(CITIZEN_PATH, async (request, reply) => {
    const lang = langOf(request.query as { lang?: unknown });
    const t = CITIZEN_STRINGS[lang];
    const typed = { idNumber: field(request.body, 'idNumber'), dob: field(request.body, 'dob') };
    const idNumber = idOf(typed.idNumber);
    if (idNumber === undefined) {
      return send(reply, 400, lookupForm(lang, { ...typed, error: t.badId, invalid: 'idNumber' }));
    }
    const dob = parseDate(typed.dob);
    if (!dob.ok) {
      return send(reply, 400, lookupForm(lang, { ...typed, error: t.badDob, invalid: 'dob' }));
    }
    const verdict = await limits.attempt(request.ip, idNumber, now());
    if (!verdict.ok) {
      const seconds = retryAfterSeconds(verdict);
      reply.header('retry-after', String(seconds));
      return send(reply, 429, lookupForm(lang, { ...typed, error: t.tooMany(seconds) }));
    }
    const began = now();
    const found = await lookup(idNumber, dob.date);
    if (found) await limits.found(request.ip, idNumber);
    await sleep(Math.max(0, began + answerFloorMs - now()));
    if (!found) return send(reply, 200, lookupForm(lang, { ...typed, error: t.notFound }));
    return send(reply, 200, await certificatePage(lang, found));
  });
}
