// GET /reports/quality: records per data-quality flag; /reports/quality/:code lists the affected
// records; /reports/records/:id shows one of them. Out-of-scope records are simply not found.
import type { FastifyInstance } from 'fastify';
import { flaggedRecords, isFlagCode, qualityCounts } from '../quality';
import { maskIdNumber } from '../mask';
import { voidOf } from '../void-of';
import type { Store } from '../../store/store';
import { barChart } from './charts';
import { dateCell, timeText } from './dates';
import { filterForm, filterParams, reportContext, type ReportContext } from './context';
import { duplicateNote } from './duplicate-note';
import { flagDetail, flagLabel, recordTypeLabel } from './flag-labels';
import { html, type Html } from '../../shared/html';
import { href, page } from './layout';
import { STRINGS } from './strings';
import { sendCsv, tableHtml, type ReportTable } from './tables';
import { reportQueriesRepo } from '../queries/report-queries';

const render = (c: ReportContext, title: string, path: string, body: Html) =>
  page({
    lang: c.lang,
    title,
    operator: c.operator,
    current: 'quality',
    otherLangHref: href(path, c.lang === 'vi' ? 'en' : 'vi', filterParams(c)),
    body,
  });

export async function qualityRoutes(
  fastify: FastifyInstance,
  { store, maxRecords }: { store: Store; maxRecords?: number },
) {
  fastify.get('/reports/quality', async (request, reply) => {
    const c = reportContext(request);
    const t = STRINGS[c.lang];
    const counts = await qualityCounts(store, c.scope, c.filter);
    const params = filterParams(c);
    const table: ReportTable = {
      id: 'quality-flags',
      caption: t.flags,
      headers: [t.flag, 'Mã', t.flagCount],
      numeric: [false, false, true],
      rows: counts.map((f) => [flagLabel(f.code, c.lang), f.code, f.records]),
      link: (row) => href(`/reports/quality/${counts[row]!.code}`, c.lang, params),
    };
    if (c.lang === 'en') table.headers[1] = 'Code';
    if (c.query.format === 'csv') return sendCsv(reply, table, c.filter.from, c.filter.to);
    const chart = barChart(
      'c-flags',
      t.flags,
      counts.map((f) => ({ label: flagLabel(f.code, c.lang), value: f.records })),
      c.locale,
    );
    const body = html`${await filterForm(c, store, '/reports/quality')}
      <section class="pair">
        <h2 id="h-flags">${t.flags}</h2>
        <div class="chart-box">${chart}</div>
        ${tableHtml(table, c.lang, href('/reports/quality', c.lang, { ...params, format: 'csv' }))}
      </section>`;
    return reply
      .type('text/html; charset=utf-8')
      .send(render(c, t.quality, '/reports/quality', body));
  });

  fastify.get<{ Params: { code: string } }>('/reports/quality/:code', async (request, reply) => {
    const c = reportContext(request);
    const t = STRINGS[c.lang];
    const { code } = request.params;
    if (!isFlagCode(code))
      return reply.code(404).type('text/plain; charset=utf-8').send(t.notFound);
    const records = await flaggedRecords(store, c.scope, c.filter, code, maxRecords);
    const params = filterParams(c);
    const label = flagLabel(code, c.lang);
    const table: ReportTable = {
      id: `flag-${code}`,
      caption: t.affected(label),
      headers: [t.recordId, t.siteId, t.date, t.type, t.citizenId, t.note],
      numeric: [false, false, false, false, false, false],
      rows: records.map((r) => [
        r.id,
        r.siteId,
        r.date,
        r.type,
        r.maskedId,
        r.duplicate
          ? `${flagDetail(code, r.detail, c.lang)}. ${duplicateNote(r.duplicate, c.lang)}`
          : flagDetail(code, r.detail, c.lang),
      ]),
      show: (cell, col) =>
        col === 3
          ? recordTypeLabel(String(cell), c.lang)
          : col === 2
            ? dateCell(cell, c.lang)
            : String(cell),
      link: (row) => href(`/reports/records/${records[row]!.id}`, c.lang, params),
    };
    if (c.query.format === 'csv') return sendCsv(reply, table, c.filter.from, c.filter.to);
    const path = `/reports/quality/${code}`;
    const body = html`<p><a href="${href('/reports/quality', c.lang, params)}">← ${t.back}</a></p>
      ${await filterForm(c, store, path)}
      ${tableHtml(table, c.lang, href(path, c.lang, { ...params, format: 'csv' }))}`;
    return reply.type('text/html; charset=utf-8').send(render(c, label, path, body));
  });

  fastify.get<{ Params: { id: string } }>('/reports/records/:id', async (request, reply) => {
    const c = reportContext(request);
    const t = STRINGS[c.lang];
    const record = await reportQueriesRepo(store).record(c.scope, request.params.id.slice(0, 64));
    if (!record) return reply.code(404).type('text/plain; charset=utf-8').send(t.notFound);
    const flags = await reportQueriesRepo(store).flagsOfRecord(record.id);
    const voided = await voidOf(store, record);
    const citizenKey = record.visitKey.split(':')[2] ?? '';
    const path = `/reports/records/${record.id}`;
    const body = html`<p>
        <a href="${href('/reports/quality', c.lang, filterParams(c))}">← ${t.back}</a>
      </p>
      <dl class="record">
        <div>
          <dt>${t.recordId}</dt>
          <dd>${record.id}</dd>
        </div>
        <div>
          <dt>${t.siteId}</dt>
          <dd>${record.siteId}</dd>
        </div>
        <div>
          <dt>${t.type}</dt>
          <dd>${recordTypeLabel(record.type, c.lang)}</dd>
        </div>
        <div>
          <dt>${t.date}</dt>
          <dd>${timeText(record.occurredAt, c.lang)}</dd>
        </div>
        <div>
          <dt>${c.lang === 'vi' ? 'Máy chủ nhận lúc' : 'Received'}</dt>
          <dd>${timeText(record.receivedAt, c.lang)}</dd>
        </div>
        <div>
          <dt>${t.citizenId}</dt>
          <dd>${/^\d+$/.test(citizenKey) ? maskIdNumber(citizenKey) : '—'}</dd>
        </div>
        ${
          voided
            ? html`<div class="voided">
                <dt>${t.voided}</dt>
                <dd>
                  ${t.voidReasons[voided.data.void!]}: ${voided.data.reason}
                  (${t.voidBy(voided.staffId, timeText(voided.occurredAt, c.lang))})
                </dd>
              </div>`
            : ''
        }
      </dl>
      <h2>${t.flags}</h2>
      ${
        flags.length === 0
          ? html`<p>${t.noData}</p>`
          : html`<ul class="flags">
              ${flags.map((f) => html`<li><strong>${flagLabel(f.code, c.lang)}</strong> (${f.field}): ${f.message}</li>`)}
            </ul>`
      }`;
    return reply
      .type('text/html; charset=utf-8')
      .send(render(c, `${t.recordId} ${record.id.slice(0, 8)}…`, path, body));
  });
}
