// GET /reports/registry: the cleaning campaign in the operator's scope — persons per status for
// each province, its districts and their sites, with the verified share; the share over time;
// every place and count links to its list.
// `?format=csv&table=by-place` or `over-time` downloads one of its tables.
import type { FastifyInstance } from 'fastify';
import type { MatchStatus } from '../../../../src/domain/registry/types';
import { matchesRepo } from '../../registry';
import type { Store } from '../../store/store';
import { todayInVietnam } from '../filters';
import { registryQueriesRepo } from '../queries/registry-queries';
import { columnChart } from './charts';
import { dateCell } from './dates';
import { html, type Html } from '../../shared/html';
import { href } from './layout';
import { DUPLICATE_STRINGS } from './registry-duplicate-strings';
import { STATUSES } from './registry-filter';
import { percent, placesOf, share, total, zero } from './registry-places';
import { queueContext, sendQueuePage } from './registry-page';
import { sendCsv, tableHtml, type ReportTable } from './tables';

export async function registryOverviewRoutes(
  fastify: FastifyInstance,
  { store }: { store: Store },
) {
  fastify.get('/reports/registry', async (request, reply) => {
    const c = queueContext(request);
    const { t } = c;
    const national = c.operator.scope.kind === 'national';
    // A national operator's province (from a link) stays in every link of the page.
    const own = { province: c.filter.province };
    const rows = await registryQueriesRepo(store).countsBySite(c.filter.scope);
    const places = placesOf(rows, national, t);
    const table: ReportTable = {
      id: 'registry-by-place',
      caption: t.byPlace,
      headers: [t.place, ...STATUSES.map((s) => t.status[s]), t.total, `${t.verifiedShare} (%)`],
      numeric: [false, true, true, true, true, true, true],
      rows: places.map((p) => [
        p.label,
        ...STATUSES.map((s) => p.counts[s]),
        total(p.counts),
        share(p.counts),
      ]),
      show: (cell, col, row) => {
        const p = places[row]!;
        if (col === 0) {
          const link = html`<a href="${href('/reports/registry/list', c.lang, p.params)}"
            >${cell}</a
          >`;
          if (p.level === 'province') return html`<strong>${link}</strong>`;
          return html`<span class="${p.level === 'district' ? 'sub' : 'sub site'}">${link}</span>`;
        }
        const n = Number(cell).toLocaleString(c.locale);
        if (col <= STATUSES.length && Number(cell) > 0) {
          const status = STATUSES[col - 1];
          return html`<a href="${href('/reports/registry/list', c.lang, { ...p.params, status })}"
            >${n}</a
          >`;
        }
        if (col === STATUSES.length + 2) {
          return html`<span class="share"
            ><progress max="100" value="${cell}" aria-label="${t.shareOf(p.label)}"></progress> ${n}
            %</span
          >`;
        }
        return n;
      },
    };
    const series = await registryQueriesRepo(store).series(c.filter.scope);
    const overTime: ReportTable = {
      id: 'registry-over-time',
      caption: t.overTime,
      headers: [t.day, t.persons, t.status.verified, `${t.verifiedShare} (%)`],
      numeric: [false, true, true, true],
      rows: series.map((d) => [d.day, d.persons, d.verified, percent(d.verified, d.persons)]),
      show: (cell, col) =>
        col === 0 ? dateCell(cell, c.lang) : Number(cell).toLocaleString(c.locale),
    };
    const tables: Record<string, ReportTable> = { 'by-place': table, 'over-time': overTime };
    const csvHref = (id: string) =>
      href('/reports/registry', c.lang, { ...own, format: 'csv', table: id });
    if (c.query.format === 'csv') {
      const chosen = tables[c.query.table ?? ''];
      if (!chosen) return reply.code(404).type('text/plain; charset=utf-8').send(t.none);
      const today = todayInVietnam(new Date());
      return sendCsv(reply, chosen, today, today);
    }
    const duplicates = (await matchesRepo(store).duplicates(c.filter.scope)).length;
    const sum = zero();
    for (const p of places)
      if (p.level === 'province') for (const s of STATUSES) sum[s] += p.counts[s];
    const stat = (s: MatchStatus): Html =>
      html`<div>
        <dt>${t.status[s]}</dt>
        <dd>
          <a href="${href('/reports/registry/list', c.lang, { ...own, status: s })}"
            >${sum[s].toLocaleString(c.locale)}</a
          >
        </dd>
      </div>`;
    const body = html`<p>${t.intro}</p>
      <section>
        <h2>${t.total}: ${total(sum).toLocaleString(c.locale)}</h2>
        <dl class="stats">${STATUSES.map(stat)}</dl>
        <p>
          <a href="${href('/reports/registry/list', c.lang, { ...own, status: 'mismatch' })}"
            >${t.list}</a
          >
          · <a href="${href('/reports/registry/notes', c.lang, own)}">${t.notes}</a> ·
          <a href="${href('/reports/registry/duplicates', c.lang, own)}"
            >${DUPLICATE_STRINGS[c.lang].duplicates} (${duplicates.toLocaleString(c.locale)})</a
          >
        </p>
      </section>
      <section>
        <h2 id="h-by-place">${t.byPlace}</h2>
        ${tableHtml(table, c.lang, csvHref('by-place'))}
      </section>
      <section>
        <h2 id="h-over-time">${t.overTime}</h2>
        ${columnChart({
          id: 'c-verified',
          title: t.overTime,
          labels: series.map((d) => dateCell(d.day, c.lang)),
          values: series.map((d) => percent(d.verified, d.persons)),
          locale: c.locale,
        })}
        ${tableHtml(overTime, c.lang, csvHref('over-time'))}
      </section>`;
    return sendQueuePage(reply, c, t.title, '/reports/registry', own, body);
  });
}
