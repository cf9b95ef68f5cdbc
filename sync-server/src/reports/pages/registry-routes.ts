// The work-queue pages under /reports/registry, registered together behind the operator's
// sign-in (reports/pages/index.ts).
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store';
import { registryListRoutes } from './registry-list-routes';
import { registryNotesRoutes } from './registry-notes-routes';
import { registryOverviewRoutes } from './registry-overview-routes';
import { registryPersonRoutes } from './registry-person-routes';

export async function registryRoutes(fastify: FastifyInstance, { store }: { store: Store }) {
  await fastify.register(registryOverviewRoutes, { store });
  await fastify.register(registryListRoutes, { store });
  await fastify.register(registryPersonRoutes, { store });
  await fastify.register(registryNotesRoutes, { store });
}
