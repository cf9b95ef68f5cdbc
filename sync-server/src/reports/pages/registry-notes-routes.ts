// GET /reports/registry/notes: the "registry is wrong" notes of the operator's sites, counted,
// for the registry's owners (`?format=csv`). The export is audited like any view of registry data.
import type { FastifyInstance } from 'fastify';
import { auditRepo, notesRepo } from '../../registry';
import type { Store } from '../../store/store';
import { todayInVietnam } from '../filters';
import { timeText } from './dates';
import { html } from '../../shared/html';
import { href } from './layout';
import { queueContext, sendQueuePage, viewed } from './registry-page';
import { sendCsv, tableHtml, type ReportTable } from './tables';

export async function registryNotesRoutes(fastify: FastifyInstance, { store }: { store: Store }) {
  fastify.get('/reports/registry/notes', async (request, reply) => {
    const c = queueContext(request);
    const { t } = c;
    const notes = await notesRepo(store).list(c.filter.scope);
    const csv = c.query.format === 'csv';
    const table: ReportTable = {
      id: 'registry-notes',
      caption: t.notes,
      headers: csv
        ? ['at', 'site_id', 'registry_id', 'fields', 'note', 'operator_id', 'person_key']
        : [t.at, t.site, t.registryId, t.wrongFields, t.noteLabel, t.operator],
      numeric: [false, false, false, false, false, false, false],
      rows: notes.map((n) => [
        n.at,
        n.site_id,
        n.registry_id,
        n.fields,
        n.note,
        n.operator_id,
        ...(csv ? [n.person_key] : []),
      ]),
      show: (cell, col) =>
        col === 0
          ? timeText(String(cell), c.lang)
          : col === 3
            ? String(cell)
                .split(';')
                .map((f) => t.field[f as keyof typeof t.field] ?? f)
                .join(', ')
            : String(cell),
      link: (row) => href(`/reports/registry/person/${notes[row]!.person_key}`, c.lang),
    };
    const seen = notes.map((n) => ({ personKey: n.person_key, registryId: n.registry_id }));
    await auditRepo(store).record(viewed(c, csv ? 'export' : 'view-list', seen), new Date());
    if (csv) {
      const today = todayInVietnam(new Date());
      return sendCsv(reply, table, today, today);
    }
    const body = html`<p>
        <a href="${href('/reports/registry', c.lang)}">← ${t.backToOverview}</a>
      </p>
      <p class="total">${t.notesCount(notes.length)}</p>
      <section>
        ${tableHtml(table, c.lang, href('/reports/registry/notes', c.lang, { format: 'csv' }))}
      </section>`;
    return sendQueuePage(reply, c, t.notes, '/reports/registry/notes', {}, body);
  });
}
