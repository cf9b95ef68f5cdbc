// One run of the certificate issuer (docs/certificates.md): the citizens whose doses changed
// (holders of a certificate in force first), those whose registry match was written since the last
// run, those waiting for a key that may sign and the holders of a certificate whose key was revoked
// are looked at again (look-again.ts).
import { matchesWrittenAfter } from '../registry';
import type { Store } from '../store/store';
import { doseHistoryChangesRepo } from '../sync';
import type { CertificateLedger, CertificateSigner } from './issuer-collaborators';
import { lookAgain } from './look-again';
import { subjectsRepo } from './subjects-repo';

export interface IssueRunOptions {
  signer: CertificateSigner;
  ledger: CertificateLedger;
  now?: () => number;
  /** Persons looked at per run. */
  limit?: number;
  /** How far the run stays behind the registry's newest matches (see matchesWrittenAfter). */
  lagMs?: number;
}

/** Looks at the next persons; resolves with how many it looked at (0: nothing waiting). */
export async function issueRun(
  store: Store,
  { signer, ledger, now = Date.now, limit = 500, lagMs = 2000 }: IssueRunOptions,
): Promise<number> {
  const at = new Date(now());
  const changes = doseHistoryChangesRepo(store);
  const subjects = subjectsRepo(store);
  const written = await matchesWrittenAfter(
    store,
    await subjects.watermark(),
    new Date(at.getTime() - lagMs).toISOString(),
    limit,
  );
  // Holders of a revoked key are looked at even when nothing can sign: they are noted waiting.
  const waiting = (await signer.ready()) ? await subjects.waitingForIssuer(limit) : [];
  const revokedKey = await ledger.holdersOfRevokedKeys(store, limit);
  const again = [...written.idNumbers, ...waiting, ...revokedKey];
  if (again.length > 0) {
    await store.transaction(async (tx) => {
      await doseHistoryChangesRepo(tx).mark(again, at);
      await subjectsRepo(tx).setWatermark(written.mark);
    });
  }
  // Holders first: a correction to a certificate in force must not wait behind a day's backlog of
  // people the registry has yet to verify (under push load on PostgreSQL it waited 39–99 s).
  const holders = await ledger.changesOfHolders(store, limit);
  const first = new Set(holders.map((c) => c.citizenId));
  const next = [
    ...holders,
    ...(await changes.oldest(limit)).filter((c) => !first.has(c.citizenId)),
  ].slice(0, limit);
  if (next.length === 0) return written.idNumbers.length;
  await lookAgain(store, { signer, ledger }, next, at);
  return next.length + written.idNumbers.length;
}
