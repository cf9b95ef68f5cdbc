// A list of records longer than a page may show (ReportTooLargeError) is answered 422: the page
// keeps its filter form, pointing back at the same list, and asks for fewer days or one province;
// a CSV gets the same sentence as text. Installed once for all report pages, so no route has to
// catch it.
import type { FastifyInstance } from 'fastify';
import { ReportTooLargeError } from '../../services/reports/limit';
import type { Store } from '../../store/store';
import { filterForm, filterParams, reportContext } from './context';
import { html } from './html';
import { href, page } from './layout';
import { STRINGS } from './strings';

export function answerTooLarge(pages: FastifyInstance, store: Store): void {
  pages.setErrorHandler(async (err, request, reply) => {
    // Anything else goes on to the app's own error handler.
    if (!(err instanceof ReportTooLargeError)) throw err;
    const c = reportContext(request);
    const t = STRINGS[c.lang];
    const message = t.tooManyRecords(err.limit.toLocaleString(c.locale));
    if (c.query.format === 'csv') {
      return reply.code(422).type('text/plain; charset=utf-8').send(message);
    }
    const path = request.url.split('?')[0]!;
    const quality = path.startsWith('/reports/quality');
    const body = html`${await filterForm(c, store, path)}
      <p class="alert" role="alert">${message}</p>`;
    return reply
      .code(422)
      .type('text/html; charset=utf-8')
      .send(
        page({
          lang: c.lang,
          title: quality ? t.quality : t.overview,
          operator: c.operator,
          current: quality ? 'quality' : 'overview',
          otherLangHref: href(path, c.lang === 'vi' ? 'en' : 'vi', filterParams(c)),
          body,
        }),
      );
  });
}
