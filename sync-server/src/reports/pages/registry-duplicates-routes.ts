// GET /reports/registry/duplicates: the registry persons two or more platform persons of the
// operator's scope are matched to (`?format=csv`: one row per platform person); the confirm page
// of merging one group, and the page a merge ends on. Every person shown or exported is audited.
import type { FastifyInstance } from 'fastify';
import { auditRepo } from '../../registry';
import type { Store } from '../../store/store';
import { todayInVietnam } from '../filters';
import { html } from '../../shared/html';
import { href } from './layout';
import { ID_NUMBER } from './registry-id';
import { duplicateGroups, type DuplicateGroup } from './registry-duplicate-groups';
import { DUPLICATE_STRINGS } from './registry-duplicate-strings';
import { DUPLICATE_CSV_HEADERS, duplicateCsvRows, groupSection } from './registry-duplicates-view';
import { mergeConfirm } from './registry-merge-confirm';
import { queueContext, sendQueuePage, viewed, type QueueContext } from './registry-page';
import { sendCsv } from './tables';

const PATH = '/reports/registry/duplicates';

const rowsOf = (groups: readonly DuplicateGroup[]) =>
  groups.flatMap((g) => g.persons.map((p) => p.row));

export async function registryDuplicatesRoutes(
  fastify: FastifyInstance,
  { store }: { store: Store },
) {
  fastify.get(PATH, async (request, reply) => {
    const c = queueContext(request);
    const d = DUPLICATE_STRINGS[c.lang];
    // A national operator's province (from the overview's link) narrows the list.
    const own = { province: c.filter.province };
    const groups = await duplicateGroups(store, c.filter.scope);
    const csv = c.query.format === 'csv';
    await auditRepo(store).record(
      viewed(c, csv ? 'export' : 'view-list', rowsOf(groups)),
      new Date(),
    );
    if (csv) {
      const today = todayInVietnam(new Date());
      const table = {
        id: 'registry-duplicates',
        caption: d.duplicates,
        headers: DUPLICATE_CSV_HEADERS,
        numeric: [],
        rows: duplicateCsvRows(groups),
      };
      return sendCsv(reply, table, today, today);
    }
    const body = html`<p>
        <a href="${href('/reports/registry', c.lang, own)}">← ${c.t.backToOverview}</a>
      </p>
      <p>${d.intro}</p>
      <p class="total">${groups.length > 0 ? d.groupsCount(groups.length) : d.noGroups}</p>
      ${groups.map((g, i) => groupSection(c, d, g, i))}
      <p class="csv">
        <a href="${href(PATH, c.lang, { ...own, format: 'csv' })}" download>${d.duplicates}: CSV</a>
      </p>`;
    return sendQueuePage(reply, c, d.duplicates, PATH, own, body);
  });

  fastify.get<{ Params: { registryId: string } }>(
    `${PATH}/:registryId/merge`,
    async (request, reply) => {
      const c = queueContext(request);
      const group = await groupOf(store, c, request.params.registryId);
      const d = DUPLICATE_STRINGS[c.lang];
      if (!group) return reply.code(404).type('text/plain; charset=utf-8').send(d.gone);
      await auditRepo(store).record(viewed(c, 'view-list', rowsOf([group])), new Date());
      const path = `${PATH}/${group.registryId}/merge`;
      return sendQueuePage(reply, c, d.confirmTitle, path, {}, mergeConfirm(c, d, group));
    },
  );

  fastify.get(`${PATH}/merged`, async (request, reply) => {
    const c = queueContext(request);
    const d = DUPLICATE_STRINGS[c.lang];
    const n = Number(c.query.done);
    const said = Number.isInteger(n) && n > 0 ? d.merged(n) : d.nothingMerged;
    const body = html`<p class="notice" role="status">${said}</p>
      <p><a href="${href('/reports/quality/duplicate-dose', c.lang)}">${d.seeDuplicateDoses}</a></p>
      <p><a href="${href(PATH, c.lang)}">← ${d.cancel}</a></p>`;
    return sendQueuePage(reply, c, d.mergedTitle, `${PATH}/merged`, { done: c.query.done }, body);
  });
}

/** The group of this registry person in the operator's scope, if there still is one. */
export async function groupOf(
  store: Store,
  c: QueueContext,
  registryId: string,
): Promise<DuplicateGroup | undefined> {
  if (!ID_NUMBER.test(registryId)) return undefined;
  return (await duplicateGroups(store, c.operator.scope, registryId))[0];
}
