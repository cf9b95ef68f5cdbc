// POST /reports/registry/duplicates/:registryId/merge: accepts the registry's values for each
// person of the group who is not verified, so their check-ins claim one identity and their dose
// histories join (docs/registry.md, "Duplicates"). Registered inside the action routes, which
// parse the form and refuse cross-site posts. Only the group the operator confirmed is merged: if
// it changed, the confirm page is shown again with the group as it now is.
import type { FastifyInstance } from 'fastify';
import type { RegistryActions } from '../../registry';
import type { Store } from '../../store/store';
import { href } from './layout';
import { groupKeys } from './registry-duplicate-groups';
import { DUPLICATE_STRINGS } from './registry-duplicate-strings';
import { groupOf } from './registry-duplicates-routes';
import { mergeConfirm } from './registry-merge-confirm';
import { queueContext, sendQueuePage } from './registry-page';

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join(' ') === [...b].sort().join(' ');

export function registryMergeRoute(
  fastify: FastifyInstance,
  { store, actions }: { store: Store; actions: RegistryActions },
) {
  fastify.post<{ Params: { registryId: string } }>(
    '/reports/registry/duplicates/:registryId/merge',
    async (request, reply) => {
      const c = queueContext(request);
      const d = DUPLICATE_STRINGS[c.lang];
      const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
      const group = await groupOf(store, c, request.params.registryId);
      if (!group) return reply.code(409).type('text/plain; charset=utf-8').send(d.gone);
      if (!sameKeys(form.getAll('personKeys'), groupKeys(group))) {
        const path = `/reports/registry/duplicates/${group.registryId}/merge`;
        const body = mergeConfirm(c, d, group, d.changed);
        return sendQueuePage(reply, c, d.confirmTitle, path, {}, body, 409);
      }
      let corrected = 0;
      const now = new Date();
      for (const { row } of group.persons) {
        if (row.status === 'verified') continue;
        const outcome = await actions.acceptRegistryValues(c.operator, row.personKey, now);
        if (outcome.ok) corrected += outcome.corrected;
      }
      const to = href('/reports/registry/duplicates/merged', c.lang, { done: String(corrected) });
      return reply.code(303).header('location', to).send();
    },
  );
}
