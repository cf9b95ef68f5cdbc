// What every report page starts from: who asks, in which language, for which days and scope, and
// the filter form that sets them.
import type { FastifyRequest } from 'fastify';
import { dmy } from '../../../../src/domain/date-text';
import type { LocalDate } from '../../../../src/domain/local-date';
import { PROVINCES } from '../../../../src/domain/provinces';
import { parseFilter, todayInVietnam, type FilterProblem, type ReportFilter } from '../filters';
import { effectiveScope, type OperatorScope, operatorOf, type Operator } from '../../operators';
import type { Store } from '../../store/store';
import { dateText } from './dates';
import { html, type Html } from '../../shared/html';
import { langOf, STRINGS, type Lang } from './strings';
import { reportQueriesRepo } from '../queries/report-queries';

export interface ReportContext {
  operator: Operator;
  lang: Lang;
  locale: string;
  filter: ReportFilter;
  /** The operator's scope, narrowed by the province filter for a national operator. */
  scope: OperatorScope;
  query: Record<string, string | undefined>;
}

/** A report asked for a range it cannot show; answered 400 with the form (see report-refusals). */
export class BadReportFilter extends Error {
  constructor(readonly problem: FilterProblem) {
    super(`bad report filter: ${problem.field} ${problem.problem}`);
  }
}

/** The context of a page that shows data: a range it cannot show is refused before any work. */
export function reportContext(request: FastifyRequest): ReportContext {
  const { context, problem } = readContext(request);
  if (problem !== undefined) throw new BadReportFilter(problem);
  return context;
}

/** The context with the default range in place of a refused one: for the page that says so. */
export const formContext = (request: FastifyRequest): ReportContext => readContext(request).context;

function readContext(request: FastifyRequest): { context: ReportContext; problem?: FilterProblem } {
  const query = request.query as Record<string, string | undefined>;
  const operator = operatorOf(request);
  const lang = langOf(query);
  const reading = parseFilter(query, todayInVietnam(new Date()));
  const national = operator.scope.kind === 'national';
  const own = national ? reading.filter : { ...reading.filter, province: undefined };
  const context = {
    operator,
    lang,
    locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
    filter: own,
    scope: effectiveScope(operator.scope, own.province),
    query,
  };
  return reading.ok ? { context } : { context, problem: reading.problem };
}

/** The filter parameters to keep in every link of the page. */
export const filterParams = (c: ReportContext) => ({
  from: c.filter.from,
  to: c.filter.to,
  province: c.filter.province,
});

/** "79 — Hồ Chí Minh" when the code is a known province (2- or 3-digit), else the code. */
export function provinceName(code: string): string {
  const name = /^\d{1,3}$/.test(code) ? PROVINCES[code.padStart(3, '0')] : undefined;
  return name ? `${code} — ${name}` : code;
}

/** Day-first whatever the browser's locale: a native date field showed mm/dd/yyyy. */
const DATE_PATTERN = String.raw`\d{1,2}/\d{1,2}/\d{4}|\d{8}|\d{4}-\d{2}-\d{2}`;

function dateField(name: 'from' | 'to', label: string, value: LocalDate, lang: Lang): Html {
  const t = STRINGS[lang];
  return html`<div>
    <label for="${name}">${label} <span class="hint">(${t.dateHint})</span></label
    ><input
      id="${name}"
      name="${name}"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      placeholder="dd/mm/yyyy"
      pattern="${DATE_PATTERN}"
      title="${t.dateTitle}"
      size="10"
      value="${dmy(value)}"
      required
    />
  </div>`;
}

/** The filter form, then the range shown, or `alert` when the page shows no data but a problem. */
export async function filterForm(
  c: ReportContext,
  store: Store,
  action: string,
  alert?: string,
): Promise<Html> {
  const t = STRINGS[c.lang];
  const provinces =
    c.operator.scope.kind === 'national' ? await reportQueriesRepo(store).provinces() : [];
  return html`<form class="filters" method="get" action="${action}" aria-label="${t.filters}">
      ${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      ${dateField('from', t.from, c.filter.from, c.lang)}
      ${dateField('to', t.to, c.filter.to, c.lang)}
      ${
        provinces.length > 0
          ? html`<div>
              <label for="province">${t.province}</label
              ><select id="province" name="province">
                <option value="">${t.allProvinces}</option>
                ${provinces.map((p) => html`<option value="${p}" ${p === c.filter.province ? html` selected` : ''}>${provinceName(p)}</option>`)}
              </select>
            </div>`
          : ''
      }
      <div><button type="submit">${t.apply}</button></div>
    </form>
    ${
      alert === undefined
        ? html`<p class="range">
            ${t.range(dateText(c.filter.from, c.lang), dateText(c.filter.to, c.lang))}
          </p>`
        : html`<p class="alert" role="alert">${alert}</p>`
    }`;
}
