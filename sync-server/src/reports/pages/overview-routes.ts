// GET /reports: the progress overview. `?format=csv&table=<id>` downloads one of its tables.
import type { FastifyInstance } from 'fastify';
import { formatDelay } from '../lateness';
import { progressReport } from '../progress';
import type { Store } from '../../store/store';
import { barChart, columnChart } from './charts';
import { dateCell } from './dates';
import { filterForm, filterParams, reportContext } from './context';
import { html } from '../../shared/html';
import { href, page } from './layout';
import { overviewTables } from './overview-tables';
import { STRINGS } from './strings';
import { sendCsv, tableHtml } from './tables';

export async function overviewRoutes(fastify: FastifyInstance, { store }: { store: Store }) {
  fastify.get('/reports', async (request, reply) => {
    const c = reportContext(request);
    const t = STRINGS[c.lang];
    const report = await progressReport(store, c.scope, c.filter);
    const tables = overviewTables(report, c.lang);
    const params = filterParams(c);
    if (c.query.format === 'csv') {
      const table = tables[c.query.table ?? ''];
      if (!table) return reply.code(404).type('text/plain; charset=utf-8').send(t.notFound);
      return sendCsv(reply, table, c.filter.from, c.filter.to);
    }
    const csv = (id: string) => href('/reports', c.lang, { ...params, format: 'csv', table: id });
    const section = (id: string, title: string, chart: unknown) => {
      const table = tables[id]!;
      return html`<section class="pair">
        <h2 id="h-${id}">${title}</h2>
        <div class="chart-box">${chart}</div>
        ${tableHtml(table, c.lang, csv(id))}
      </section>`;
    };
    // Sites by name: a code such as "demo-site" tells a reader nothing.
    const bars = (id: string, labelCol = 0) =>
      barChart(
        `c-${id}`,
        tables[id]!.caption,
        tables[id]!.rows.map((r) => ({
          label: String(r[labelCol] || r[0]),
          value: Number(r.at(-1)),
        })),
        c.locale,
      );
    const coverageBars = (id: string, labelCol: number, registeredCol: number) =>
      barChart(
        `c-${id}`,
        tables[id]!.caption,
        tables[id]!.rows.map((r) => ({
          label: String(r[labelCol] || r[0]),
          value: Number(r.at(-1)),
          shown: `${Number(r.at(-1)).toLocaleString(c.locale)} % / ${Number(r[registeredCol]).toLocaleString(c.locale)}`,
        })),
        c.locale,
        100,
      );
    const l = report.lateness;
    const delay = (ms: number | undefined) => (ms === undefined ? '—' : formatDelay(ms, c.lang));
    const body = html`${await filterForm(c, store, '/reports')}
      <p class="total">
        ${t.totalDoses}: <strong>${report.total.toLocaleString(c.locale)}</strong>
      </p>
      ${section(
        'doses-per-day',
        t.dosesPerDay,
        columnChart({
          id: 'c-per-day',
          title: t.dosesPerDay,
          labels: report.perDay.map((d) => dateCell(d.date, c.lang)),
          values: report.perDay.map((d) => d.doses),
          locale: c.locale,
        }),
      )}
      ${section('by-province', t.byProvince, bars('by-province'))}
      ${section('by-site', t.bySite, bars('by-site', 1))}
      ${section('by-vaccine', t.byVaccine, bars('by-vaccine'))}
      ${section('by-dose', t.byDose, bars('by-dose'))}
      ${section('coverage-by-province', t.coverageByProvince, coverageBars('coverage-by-province', 0, 1))}
      ${section('coverage-by-site', t.coverageBySite, coverageBars('coverage-by-site', 1, 2))}
      <section>
        <h2 id="h-lateness-summary">${t.lateness}</h2>
        <p>${t.latenessIntro}</p>
        <dl class="stats">
          <div>
            <dt>${t.records}</dt>
            <dd>${l.count.toLocaleString(c.locale)}</dd>
          </div>
          <div>
            <dt>${t.median}</dt>
            <dd>${delay(l.p50)}</dd>
          </div>
          <div>
            <dt>${t.p95}</dt>
            <dd>${delay(l.p95)}</dd>
          </div>
          <div>
            <dt>${t.max}</dt>
            <dd>${delay(l.max)}</dd>
          </div>
        </dl>
      </section>
      ${section('lateness', t.latenessBins, bars('lateness'))}`;
    return reply.type('text/html; charset=utf-8').send(
      page({
        lang: c.lang,
        title: t.overview,
        operator: c.operator,
        current: 'overview',
        otherLangHref: href('/reports', c.lang === 'vi' ? 'en' : 'vi', params),
        body,
      }),
    );
  });
}
