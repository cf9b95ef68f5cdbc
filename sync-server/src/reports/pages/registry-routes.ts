// The work-queue pages under /reports/registry, registered together behind the operator's
// sign-in (reports/pages/index.ts); the actions need the registry feature's functions.
import type { FastifyInstance } from 'fastify';
import type { RegistryActions } from '../../registry';
import type { Store } from '../../store/store';
import { registryActionRoutes } from './registry-action-routes';
import { registryDuplicatesRoutes } from './registry-duplicates-routes';
import { registryListRoutes } from './registry-list-routes';
import { registryNotesRoutes } from './registry-notes-routes';
import { registryOverviewRoutes } from './registry-overview-routes';
import { registryPersonRoutes } from './registry-person-routes';

export async function registryRoutes(
  fastify: FastifyInstance,
  { store, actions }: { store: Store; actions?: RegistryActions },
) {
  await fastify.register(registryOverviewRoutes, { store });
  await fastify.register(registryListRoutes, { store });
  await fastify.register(registryPersonRoutes, { store });
  await fastify.register(registryNotesRoutes, { store });
  await fastify.register(registryDuplicatesRoutes, { store });
  // Without a registry source (tests of other pages), the pages only show.
  if (actions) await fastify.register(registryActionRoutes, { store, actions });
}
