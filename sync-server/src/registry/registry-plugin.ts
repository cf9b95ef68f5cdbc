// The registry feature in the server: the background matcher runs while the app does, so check-ins
// are matched as they arrive once a reconcile has been run (docs/registry.md).
import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../store/store';
import { registryMatcher } from './background-matcher';
import type { RegistrySource } from './source';

export interface RegistryPluginOptions {
  store: Store;
  /** The registry the matcher asks (registrySource). */
  source: RegistrySource;
  /** How often the matcher looks for work when no commit woke it. */
  matchEveryMs?: number;
}

export const registryPlugin: FastifyPluginAsync<RegistryPluginOptions> = async (
  fastify,
  { store, source, matchEveryMs },
) => {
  const matcher = registryMatcher(store, source, {
    everyMs: matchEveryMs,
    log: fastify.log,
  });
  fastify.addHook('onClose', () => matcher.stop());
};
