// Report requests a page refuses, installed once for all report pages so no route has to catch
// them: a range it cannot show (BadReportFilter) is answered 400, a list of records longer than a
// page may show (ReportTooLargeError) 422. The page keeps its filter form, pointing back at the
// same path, with the reason and what to do; a CSV gets the same sentence as text.
import type { FastifyInstance } from 'fastify';
import { ReportTooLargeError } from '../limit';
import type { Store } from '../../store/store';
import { BadReportFilter, filterForm, filterParams, formContext } from './context';
import { href, page } from './layout';
import { STRINGS, type Strings } from './strings';

/** The status and sentence for an error a report page answers itself, or null for any other. */
function refusalOf(err: unknown, t: Strings, locale: string) {
  if (err instanceof BadReportFilter) return { status: 400, message: t.badFilter(err.problem) };
  if (err instanceof ReportTooLargeError) {
    return { status: 422, message: t.tooManyRecords(err.limit.toLocaleString(locale)) };
  }
  return null;
}

export function answerRefusals(pages: FastifyInstance, store: Store): void {
  pages.setErrorHandler(async (err, request, reply) => {
    const c = formContext(request);
    const t = STRINGS[c.lang];
    const refusal = refusalOf(err, t, c.locale);
    // Anything else goes on to the app's own error handler.
    if (refusal === null) throw err;
    if (c.query.format === 'csv') {
      return reply.code(refusal.status).type('text/plain; charset=utf-8').send(refusal.message);
    }
    const path = request.url.split('?')[0]!;
    const quality = path.startsWith('/reports/quality') || path.startsWith('/reports/records');
    return reply
      .code(refusal.status)
      .type('text/html; charset=utf-8')
      .send(
        page({
          lang: c.lang,
          title: quality ? t.quality : t.overview,
          operator: c.operator,
          current: quality ? 'quality' : 'overview',
          otherLangHref: href(path, c.lang === 'vi' ? 'en' : 'vi', filterParams(c)),
          body: await filterForm(c, store, path, refusal.message),
        }),
      );
  });
}
