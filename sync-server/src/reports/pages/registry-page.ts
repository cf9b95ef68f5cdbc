// What every work-queue page starts from (who asks, in which language, with which filter) and the
// frame it is drawn in, under the "Làm sạch dữ liệu" menu entry.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { operatorOf, type Operator } from '../../operators';
import type { AuditEntry } from '../../registry';
import { html, type Html } from '../../shared/html';
import { href, page } from './layout';
import { readQueueFilter, type QueueFilter } from './registry-filter';
import { REGISTRY_STRINGS, type RegistryStrings } from './registry-strings';
import { langOf, type Lang } from './strings';

export interface QueueContext {
  operator: Operator;
  lang: Lang;
  locale: string;
  t: RegistryStrings;
  query: Record<string, string | undefined>;
  filter: QueueFilter;
}

export function queueContext(request: FastifyRequest): QueueContext {
  const query = request.query as Record<string, string | undefined>;
  const operator = operatorOf(request);
  const lang = langOf(query);
  return {
    operator,
    lang,
    locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
    t: REGISTRY_STRINGS[lang],
    query,
    filter: readQueueFilter(query, operator),
  };
}

/** Sends a work-queue page; `params` are kept in the link to the other language. */
export function sendQueuePage(
  reply: FastifyReply,
  c: QueueContext,
  title: string,
  path: string,
  params: Record<string, string | undefined>,
  body: Html,
  status = 200,
) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(
      page({
        lang: c.lang,
        title,
        operator: c.operator,
        current: 'registry',
        otherLangHref: href(path, c.lang === 'vi' ? 'en' : 'vi', params),
        body,
      }),
    );
}

/** The audit entries of showing these persons' registry values. */
export const viewed = (
  c: QueueContext,
  action: 'view-list' | 'view-person' | 'export',
  rows: readonly { personKey: string; registryId: string | null }[],
): AuditEntry[] =>
  rows.map((r) => ({
    operatorId: c.operator.id,
    action,
    personKey: r.personKey,
    ...(r.registryId !== null && { registryId: r.registryId }),
  }));

/** What the page says after an action redirected to it: `?done=N` corrected, `?done=none`. */
export function outcomeNote(c: QueueContext): Html | '' {
  const done = c.query.done;
  if (done === 'none') return html`<p class="notice" role="status">${c.t.nothingToAccept}</p>`;
  const n = Number(done);
  if (done === undefined || !Number.isInteger(n) || n < 0) return '';
  return html`<p class="notice" role="status">${n > 0 ? c.t.corrected(n) : c.t.done}</p>`;
}
