// The certificates feature in the server (docs/certificates.md): the issuer follows the feed while
// the app runs, so a new dose, a corrected dose or a corrected identity re-issues within seconds,
// after the push has answered; and the citizen page answers from what it keeps.
import type { FastifyPluginAsync } from 'fastify';
import { feedWorker } from '../shared/feed-worker';
import type { Store } from '../store/store';
import { doseHistoryChangesRepo } from '../sync';
import { citizenPageRoutes } from './citizen/citizen-routes';
import { storeLookup } from './citizen/store-lookup';
import { issueRun } from './issue-run';
import type { CertificateLedger, CertificateSigner } from './issuer-collaborators';

export interface CertificatesPluginOptions {
  store: Store;
  signer: CertificateSigner;
  ledger: CertificateLedger;
  /** How often the issuer looks for work when no commit woke it. */
  issueEveryMs?: number;
}

export const certificatesPlugin: FastifyPluginAsync<CertificatesPluginOptions> = async (
  fastify,
  { store, signer, ledger, issueEveryMs },
) => {
  const issuer = feedWorker(store, () => issueRun(store, { signer, ledger }), {
    everyMs: issueEveryMs,
    log: fastify.log,
    failure: 'certificate issuing paused; it resumes at the next change',
  });
  fastify.addHook('onClose', () => issuer.stop());
  const waiting = async (idNumber: string) => await doseHistoryChangesRepo(store).has(idNumber);
  await fastify.register(citizenPageRoutes, { store, lookup: storeLookup(store, ledger, waiting) });
};
