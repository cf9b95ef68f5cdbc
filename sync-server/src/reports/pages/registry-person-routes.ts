// GET /reports/registry/person/:personKey: one person of the work-queue, only if the operator's
// scope holds the site of their latest check-in (else 404, as if there were no such person).
// The view is audited before the trail is read, so the trail shows it.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { certificateStanding } from '../../certificates';
import { auditRepo, matchesRepo } from '../../registry';
import { html } from '../../shared/html';
import { certificateHistorySection } from './certificate-history-view';
import type { Store } from '../../store/store';
import { registryQueriesRepo } from '../queries/registry-queries';
import {
  outcomeNote,
  queueContext,
  sendQueuePage,
  viewed,
  type QueueContext,
} from './registry-page';
import { candidatesOf, personBody } from './registry-person-view';

/** Person keys are hashes: anything else is no person. */
export const PERSON_KEY = /^[A-Za-z0-9_-]{1,128}$/;

/** Shows the person (saying what an action did), or 404 when out of scope or unknown. */
async function sendPerson(reply: FastifyReply, c: QueueContext, store: Store, personKey: string) {
  const repo = registryQueriesRepo(store);
  const row = PERSON_KEY.test(personKey)
    ? await repo.person(c.operator.scope, personKey)
    : undefined;
  if (!row) return reply.code(404).type('text/plain; charset=utf-8').send(c.t.notFoundAction);
  await auditRepo(store).record(viewed(c, 'view-person', [row]), new Date());
  const listed = candidatesOf(row);
  const persons = new Map(
    (await repo.registryPersons(listed.map((x) => x.registryId))).map((p) => [p.id_number, p]),
  );
  const body = personBody(
    c,
    {
      row,
      candidates: listed.map((x) => ({ ...x, person: persons.get(x.registryId) })),
      recordIds: (await matchesRepo(store).recordIdsOf([personKey])).sort(),
      trail: await auditRepo(store).ofPerson(personKey),
    },
    outcomeNote(c),
  );
  const certificates = row.idNumber
    ? certificateHistorySection(await certificateStanding(store, row.idNumber), c.lang)
    : '';
  const path = `/reports/registry/person/${personKey}`;
  return sendQueuePage(
    reply,
    c,
    `${c.t.person}: ${row.fullName}`,
    path,
    {},
    html`${body}${certificates}`,
  );
}

export async function registryPersonRoutes(fastify: FastifyInstance, { store }: { store: Store }) {
  fastify.get<{ Params: { personKey: string } }>(
    '/reports/registry/person/:personKey',
    async (request, reply) =>
      sendPerson(reply, queueContext(request), store, request.params.personKey),
  );
}
