// The operators' report pages under /reports: the stylesheet and sign-in are open to
// all, every other page needs a signed-in operator and shows only what their scope allows.
import type { FastifyInstance } from 'fastify';
import type { RegistryActions } from '../../registry';
import type { Store } from '../../store/store';
import { requireOperator } from '../../operators';
import { operatorSignInRoutes } from './sign-in-routes';
import { overviewRoutes } from './overview-routes';
import { qualityRoutes } from './quality-routes';
import { registryRoutes } from './registry-routes';
import { REPORTS_CSS } from './styles';
import { answerRefusals } from './report-refusals';

export async function reportsPages(
  fastify: FastifyInstance,
  {
    store,
    now,
    maxRecords,
    registry,
  }: {
    store: Store;
    now?: () => number;
    /** See REPORT_MAX_RECORDS. */
    maxRecords?: number;
    /** The work-queue's actions on registry matches (the registry feature's). */
    registry?: RegistryActions;
  },
): Promise<void> {
  fastify.get('/reports/reports.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(REPORTS_CSS),
  );
  await fastify.register(operatorSignInRoutes, { store, now });
  await fastify.register(async (pages) => {
    requireOperator(pages, store, 'page');
    pages.addHook('onSend', async (_request, reply, payload) => {
      // Reports hold personal data (masked IDs) and per-operator numbers: never cache them.
      reply.header('cache-control', 'no-store');
      return payload;
    });
    answerRefusals(pages, store);
    await pages.register(overviewRoutes, { store });
    await pages.register(qualityRoutes, { store, maxRecords });
    await pages.register(registryRoutes, { store, actions: registry });
  });
}
