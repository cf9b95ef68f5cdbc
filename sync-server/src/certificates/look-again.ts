// The issuer's look at some persons now (docs/certificates.md, "Issuing"): their doses, what the
// registry says of them and what was done last time decide what to do (decide.ts); certificates
// are signed outside any transaction (the CPU-bound part), then each person's new certificate or
// revocation, state and cleared change are written in one transaction (100 persons a time). The
// issuer's runs (issue-run.ts) and `certificate:issue` both look through here.
import { identitiesOf } from '../registry';
import type { Store } from '../store/store';
import { doseHistoryChangesRepo, historiesOf, type DoseHistoryChange } from '../sync';
import { decide } from './decide';
import type { CertificateLedger, CertificateSigner, LedgerWrite } from './issuer-collaborators';
import type { Subject } from './subject';
import { subjectsRepo } from './subjects-repo';

/**
 * Persons written per transaction: on SQLite a push waits for the write lock while one commits
 * (a run of 500 re-issues held it ~200 ms on a loaded machine).
 */
const WRITE_AT_ONCE = 100;

/**
 * Looks at these persons again now: signs, revokes or notes as `decide` says, and clears their
 * changes (a change made meanwhile stays, and is looked at next run; so does the change of a
 * person whose certificate another writer changed meanwhile: the ledger refused ours).
 */
export async function lookAgain(
  store: Store,
  { signer, ledger }: { signer: CertificateSigner; ledger: CertificateLedger },
  next: readonly DoseHistoryChange[],
  at: Date,
): Promise<void> {
  const ids = next.map((c) => c.citizenId);
  const histories = new Map((await historiesOf(store, ids)).map((h) => [h.data.citizenId, h]));
  const verdicts = await identitiesOf(store, ids);
  const kept = await subjectsRepo(store).get(ids);
  const live = await ledger.inForce(store, ids);

  const stamp = at.toISOString();
  const ready = await signer.ready();
  const write: LedgerWrite = { issued: [], revoked: [] };
  const put: Subject[] = [];
  const forget: string[] = [];
  for (const id of ids) {
    const stored = kept.get(id);
    const inForce = live.get(id);
    // The ledger's live certificate is the one in force, should the kept state name another.
    const old = stored && { ...stored, uvci: inForce?.uvci ?? null };
    const decision = decide(
      id,
      histories.get(id)?.data.doses ?? [],
      verdicts.get(id) ?? { status: 'unmatched' },
      old,
      stamp,
      { keyRevoked: inForce?.keyRevoked },
    );
    if (decision.kind === 'none' && old && old.uvci !== stored.uvci) {
      put.push({ ...old, updatedAt: stamp });
    } else if (decision.kind === 'note') {
      if (decision.subject) put.push(decision.subject);
      else forget.push(id);
    } else if (decision.kind === 'revoke') {
      write.revoked.push({ uvci: decision.uvci, idNumber: id, reason: decision.reason, at: stamp });
      forget.push(id);
    } else if (decision.kind === 'issue' && !ready) {
      put.push({
        idNumber: id,
        facts: old?.uvci ? old.facts : decision.facts,
        uvci: old?.uvci ?? null,
        notSignable: 'issuer-not-ready',
        updatedAt: stamp,
      });
    } else if (decision.kind === 'issue') {
      const issued = await signer.sign(id, decision.facts, at);
      if ('problem' in issued) {
        put.push({
          idNumber: id,
          facts: old?.uvci ? old.facts : decision.facts,
          uvci: old?.uvci ?? null,
          // The signer's problem passes with a new key; the facts' needs a person to mend them.
          notSignable: issued.retry ? 'issuer-not-ready' : 'not-certifiable',
          updatedAt: stamp,
        });
        continue;
      }
      // A live certificate the kept state lost is superseded all the same: one live per person.
      const supersedes = decision.supersedes ?? inForce?.uvci ?? null;
      write.issued.push({ ...issued, reason: decision.reason, supersedes });
      put.push({
        idNumber: id,
        facts: decision.facts,
        uvci: issued.uvci,
        notSignable: null,
        updatedAt: stamp,
      });
    }
  }
  for (let i = 0; i < ids.length; i += WRITE_AT_ONCE) {
    const these = new Set(ids.slice(i, i + WRITE_AT_ONCE));
    const theirs = <T>(list: readonly T[], idOf: (item: T) => string) =>
      list.filter((item) => these.has(idOf(item)));
    await store.transaction(async (tx) => {
      const refused = await ledger.write(tx, {
        issued: theirs(write.issued, (c) => c.idNumber),
        revoked: theirs(write.revoked, (r) => r.idNumber),
      });
      const accepted = (id: string) => !refused.has(id);
      await subjectsRepo(tx).put(
        theirs(put, (s) => s.idNumber).filter((s) => accepted(s.idNumber)),
      );
      await subjectsRepo(tx).remove(theirs(forget, (id) => id).filter(accepted));
      await doseHistoryChangesRepo(tx).clear(
        theirs(next, (c) => c.citizenId).filter((c) => accepted(c.citizenId)),
      );
    });
  }
}
