// GET /reports/registry/list: the persons of a filter, a page of 100 at a time, newest matched
// first (`?format=csv`: every row). GET /reports/registry/bulk: the count a bulk accept of that
// filter would correct, and the form that confirms it. Every person shown or exported is audited.
import type { FastifyInstance } from 'fastify';
import { auditRepo, BULK_ACCEPT_MAX, countWork } from '../../registry';
import type { Store } from '../../store/store';
import { todayInVietnam } from '../filters';
import { registryQueriesRepo } from '../queries/registry-queries';
import { html } from '../../shared/html';
import { href } from './layout';
import { queueParams } from './registry-filter';
import { filterSummary, hiddenFilter, queueFilterForm } from './registry-filter-form';
import { CSV_HEADERS, csvRows, listTable } from './registry-list-view';
import {
  outcomeNote,
  queueContext,
  sendQueuePage,
  viewed,
  type QueueContext,
} from './registry-page';
import { sendCsv } from './tables';

const PAGE = 100;

export async function registryListRoutes(fastify: FastifyInstance, { store }: { store: Store }) {
  fastify.get('/reports/registry/list', async (request, reply) => {
    const c = queueContext(request);
    const { t } = c;
    const { scope, work } = c.filter;
    const params = queueParams(c.filter);
    const repo = registryQueriesRepo(store);
    if (c.query.format === 'csv') {
      const rows = await repo.all(scope, work);
      await auditRepo(store).record(viewed(c, 'export', rows), new Date());
      const today = todayInVietnam(new Date());
      const table = {
        id: 'registry-list',
        caption: t.list,
        headers: CSV_HEADERS,
        numeric: [],
        rows: csvRows(rows),
      };
      return sendCsv(reply, table, today, today);
    }
    const count = await countWork(store, scope, work);
    const last = Math.max(1, Math.ceil(count / PAGE));
    const p = Math.min(last, Math.max(1, Math.floor(Number(c.query.page)) || 1));
    const rows = await repo.page(scope, work, (p - 1) * PAGE, PAGE);
    await auditRepo(store).record(viewed(c, 'view-list', rows), new Date());
    const caption = work.status ? t.listOf(t.status[work.status]) : t.list;
    const pageLink = (n: number, label: string, rel: string) =>
      html`<a
        rel="${rel}"
        href="${href('/reports/registry/list', c.lang, { ...params, page: String(n) })}"
        >${label}</a
      >`;
    const body = html`<p>
        <a href="${href('/reports/registry', c.lang)}">← ${t.backToOverview}</a>
      </p>
      ${outcomeNote(c)} ${await queueFilterForm(c, store)}
      ${
        count > 0
          ? html`<p class="range">
              ${t.shown((p - 1) * PAGE + 1, (p - 1) * PAGE + rows.length, count)}
            </p>`
          : ''
      }
      ${
        work.status === 'mismatch' && count > 0
          ? html`<form class="bulk" method="get" action="/reports/registry/bulk">
              ${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
              ${hiddenFilter(c)}
              <p>${t.acceptAllHint}</p>
              <button type="submit">${t.acceptAll}</button>
            </form>`
          : ''
      }
      ${listTable(c, rows, caption)}
      ${
        last > 1
          ? html`<nav class="pager" aria-label="${t.pages}">
              ${p > 1 ? pageLink(p - 1, t.previous, 'prev') : ''} <span>${p} / ${last}</span>
              ${p < last ? pageLink(p + 1, t.next, 'next') : ''}
            </nav>`
          : ''
      }
      <p class="csv">
        <a href="${href('/reports/registry/list', c.lang, { ...params, format: 'csv' })}" download
          >${t.list}: CSV</a
        >
      </p>`;
    return sendQueuePage(reply, c, t.title, '/reports/registry/list', params, body);
  });

  fastify.get('/reports/registry/bulk', async (request, reply) => {
    const c = queueContext(request);
    const { t } = c;
    // Only mismatches have registry values to accept.
    c.filter.work.status = 'mismatch';
    const params = queueParams(c.filter);
    const count = await countWork(store, c.filter.scope, c.filter.work);
    const body = bulkConfirm(c, count);
    return sendQueuePage(reply, c, t.confirmTitle, '/reports/registry/bulk', params, body);
  });
}

/**
 * The confirm form: the count it shows is the count the POST says it expects. More than one bulk
 * accept may correct cannot be confirmed: the operator narrows the filter instead.
 */
export function bulkConfirm(c: QueueContext, count: number, alert?: string) {
  const { t } = c;
  const back = href('/reports/registry/list', c.lang, queueParams(c.filter));
  const tooMany = count > BULK_ACCEPT_MAX;
  const said = tooMany ? t.tooManyToAccept(BULK_ACCEPT_MAX.toLocaleString(c.locale)) : alert;
  return html`${said ? html`<p class="alert" role="alert">${said}</p>` : ''}
    <form class="confirm" method="post" action="${href('/reports/registry/bulk', c.lang)}">
      ${hiddenFilter(c)}
      <input type="hidden" name="count" value="${count}" />
      ${filterSummary(c)}
      <p class="question">${t.confirmQuestion(count)}</p>
      <button type="submit" ${count === 0 || tooMany ? html` disabled` : ''}>${t.confirm}</button>
    </form>
    <p><a href="${back}">← ${t.cancel}</a></p>`;
}
