// The work-queue's actions, as same-origin form POSTs (the session cookie is SameSite=Strict, and
// a request a browser marks as coming from another site is refused too): accept the registry's
// values, choose a candidate, not this person, the registry is wrong, and the bulk accept of a
// filter with the count the operator confirmed. The registry's functions do the work and audit it;
// each answer is a redirect to a page saying what was done (post/redirect/get).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OperatorScope } from '../../operators';
import type { ActionOutcome, RegistryActions } from '../../registry';
import type { Store } from '../../store/store';
import { registryQueriesRepo } from '../queries/registry-queries';
import { href } from './layout';
import { FIELDS, queueParams, readQueueFilter } from './registry-filter';
import { bulkConfirm } from './registry-list-routes';
import { queueContext, sendQueuePage, type QueueContext } from './registry-page';
import { ID_NUMBER } from './registry-id';
import { registryMergeRoute } from './registry-merge-route';
import { PERSON_KEY } from './registry-person-routes';

const NOTE_MAX = 1000;

export async function registryActionRoutes(
  fastify: FastifyInstance,
  { store, actions }: { store: Store; actions: RegistryActions },
) {
  fastify.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16_384 },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  );
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.headers['sec-fetch-site'] === 'cross-site') return reply.code(403).send();
  });
  const form = (request: FastifyRequest) =>
    request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
  const who = (c: QueueContext, scope: OperatorScope = c.operator.scope) => ({
    ...c.operator,
    scope,
  });

  /** After an action on one person: their page if they are still there, else the list. */
  async function afterPerson(
    reply: FastifyReply,
    c: QueueContext,
    key: string,
    status: string,
    done: string,
  ) {
    const still = await registryQueriesRepo(store).person(c.operator.scope, key);
    const to = still
      ? href(`/reports/registry/person/${key}`, c.lang, { done })
      : href('/reports/registry/list', c.lang, { status, done });
    return reply.code(303).header('location', to).send();
  }

  fastify.post<{ Params: { personKey: string; action: string } }>(
    '/reports/registry/person/:personKey/:action',
    async (request, reply) => {
      const c = queueContext(request);
      const key = request.params.personKey;
      const body = form(request);
      const row = PERSON_KEY.test(key)
        ? await registryQueriesRepo(store).person(c.operator.scope, key)
        : undefined;
      if (!row) return reply.code(404).type('text/plain; charset=utf-8').send(c.t.notFoundAction);
      const registryId = body.get('registryId') ?? '';
      const now = new Date();
      let outcome: ActionOutcome;
      if (request.params.action === 'accept') {
        outcome = await actions.acceptRegistryValues(who(c), key, now);
      } else if (request.params.action === 'choose' && ID_NUMBER.test(registryId)) {
        outcome = await actions.chooseCandidate(who(c), key, registryId, now);
      } else if (request.params.action === 'rule-out' && ID_NUMBER.test(registryId)) {
        outcome = await actions.ruleOut(who(c), key, registryId, now);
      } else if (request.params.action === 'registry-wrong') {
        const fields = FIELDS.filter((f) => body.getAll('fields').includes(f));
        const note = (body.get('note') ?? '').trim().slice(0, NOTE_MAX);
        if (fields.length === 0 || note === '')
          return reply.code(400).type('text/plain; charset=utf-8').send(c.t.needFields);
        outcome = await actions.noteRegistryWrong(who(c), key, { fields, note }, now);
      } else {
        return reply.code(400).type('text/plain; charset=utf-8').send(c.t.notFoundAction);
      }
      if (!outcome.ok && outcome.reason === 'not-found')
        return reply.code(404).type('text/plain; charset=utf-8').send(c.t.notFoundAction);
      return afterPerson(
        reply,
        c,
        key,
        row.status,
        outcome.ok ? String(outcome.corrected) : 'none',
      );
    },
  );

  registryMergeRoute(fastify, { store, actions });

  fastify.post('/reports/registry/bulk', async (request, reply) => {
    const body = form(request);
    const c = queueContext(request);
    // The filter and count come with the form: the list the operator confirmed.
    c.filter = readQueueFilter(Object.fromEntries(body), c.operator);
    c.filter.work.status = 'mismatch';
    const expected = Number(body.get('count'));
    if (!Number.isInteger(expected) || expected < 0)
      return reply.code(400).type('text/plain; charset=utf-8').send(c.t.nothingToAccept);
    const outcome = await actions.bulkAccept(
      who(c, c.filter.scope),
      c.filter.work,
      expected,
      new Date(),
    );
    if (!outcome.ok && outcome.reason === 'count-changed') {
      const now = outcome.count ?? 0;
      const params = queueParams(c.filter);
      return sendQueuePage(
        reply,
        c,
        c.t.confirmTitle,
        '/reports/registry/bulk',
        params,
        bulkConfirm(c, now, c.t.countChanged(now)),
        409,
      );
    }
    const done = outcome.ok ? String(outcome.corrected) : 'none';
    return reply
      .code(303)
      .header(
        'location',
        href('/reports/registry/list', c.lang, { ...queueParams(c.filter), done }),
      )
      .send();
  });
}
