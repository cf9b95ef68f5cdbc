// GET /api/v1/reports/day?date=YYYY-MM-DD: the end-of-day figures of the device's site for the
// visits of that local date, from every record the server received (corrections applied).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DATE_PROBLEM_TEXT, readLocalDate } from '../../../src/domain/local-date';
import { siteDaySummary } from './day-report';
import type { Store } from '../store/store';
import { apiError } from '../http/errors';
import { deviceOf } from '../devices';
import { deviceErrorResponses } from '../http/schemas';
import { DaySummarySchema } from '../../../src/domain/protocol-schemas';

export const reportRoutes: FastifyPluginAsyncTypebox<{ store: Store }> = async (
  fastify,
  { store },
) => {
  fastify.get(
    '/day',
    {
      schema: {
        querystring: Type.Object({ date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) }),
        response: { 200: DaySummarySchema, ...deviceErrorResponses },
      },
    },
    async (request, reply) => {
      const { date } = request.query;
      // The pattern lets 2026-02-30 and 9999-12-31 through; the date type does not.
      const reading = readLocalDate(date);
      if (!reading.ok) {
        const why = DATE_PROBLEM_TEXT[reading.problem];
        return reply
          .code(400)
          .send(apiError('bad-request', `date must be a date YYYY-MM-DD, got ${date}: ${why}`));
      }
      return siteDaySummary(store, deviceOf(request).siteId, reading.date, Date.now());
    },
  );
};
