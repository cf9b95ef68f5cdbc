// The registry feature in the server: the background matcher runs while the app does, so check-ins
// are matched as they arrive once a reconcile has been run (docs/registry.md).
import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../config';
import type { Store } from '../store/store';
import { registryMatcher } from './background-matcher';
import { registrySource } from './registry-source';

export interface RegistryPluginOptions {
  store: Store;
  registry?: Config['registry'];
  /** How often the matcher looks for work when no commit woke it. */
  matchEveryMs?: number;
}

export const registryPlugin: FastifyPluginAsync<RegistryPluginOptions> = async (
  fastify,
  { store, registry, matchEveryMs },
) => {
  const matcher = registryMatcher(store, registrySource(registry, store), {
    everyMs: matchEveryMs,
    log: fastify.log,
  });
  fastify.addHook('onClose', () => matcher.stop());
};
