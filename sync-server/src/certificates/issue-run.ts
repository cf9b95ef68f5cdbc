// One run of the certificate issuer (docs/certificates.md): the citizens whose doses changed, and
// those whose registry match was written since the last run, are looked at again; certificates
// are signed outside any transaction (the CPU-bound part), then the new certificates, the
// revocations, the persons' state and the cleared changes are written in one transaction.
import type { CertificateFacts } from '../../../src/domain/certificate-facts';
import { identitiesOf, matchesWrittenAfter } from '../registry';
import type { DbHandle } from '../store/db-handle';
import type { Store } from '../store/store';
import { doseHistoryChangesRepo, historiesOf, type DoseHistoryChange } from '../sync';
import type { IssueReason } from './certificates-repo';
import { decide } from './decide';
import type { Subject } from './subject';
import { subjectsRepo } from './subjects-repo';

export interface IssuedCertificate {
  uvci: string;
  idNumber: string;
  kid: string;
  /** The QR's text. */
  hc1: string;
  issuedAt: string;
  expiresAt: string;
}

export interface CertificateSigner {
  /** Whether a signing key may sign now (`issuer:init` done, the signer not expired or revoked). */
  ready(): Promise<boolean>;
  /** The certificate, or why these facts cannot be written as one (e.g. a vaccine without EU code). */
  sign(
    idNumber: string,
    facts: CertificateFacts,
    at: Date,
  ): Promise<IssuedCertificate | SigningProblem>;
}

/** Why no certificate was signed; `retry` when it is the signer's (no key, or none valid now). */
export interface SigningProblem {
  problem: string;
  retry?: boolean;
}

export interface LedgerWrite {
  issued: (IssuedCertificate & { reason: IssueReason; supersedes: string | null })[];
  revoked: {
    uvci: string;
    reason: 'superseded' | 'no-doses';
    at: string;
    supersededBy: string | null;
  }[];
}

/** The certificates' history (which UVCI, when, why, superseded by which). */
export interface CertificateLedger {
  write(tx: DbHandle, changes: LedgerWrite): Promise<void>;
  /** A certificate as issued, whatever became of it since. */
  find(handle: DbHandle, uvci: string): Promise<IssuedCertificate | undefined>;
}

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
  const waiting = (await signer.ready()) ? await subjects.waitingForIssuer(limit) : [];
  if (written.idNumbers.length > 0 || waiting.length > 0) {
    await store.transaction(async (tx) => {
      await doseHistoryChangesRepo(tx).mark([...written.idNumbers, ...waiting], at);
      await subjectsRepo(tx).setWatermark(written.mark);
    });
  }
  const next = await changes.oldest(limit);
  if (next.length === 0) return written.idNumbers.length;
  await lookAgain(store, { signer, ledger }, next, at);
  return next.length + written.idNumbers.length;
}

/**
 * Looks at these persons again now: signs, revokes or notes as `decide` says, and clears their
 * changes (a change made meanwhile stays, and is looked at next run).
 */
export async function lookAgain(
  store: Store,
  { signer, ledger }: Pick<IssueRunOptions, 'signer' | 'ledger'>,
  next: readonly DoseHistoryChange[],
  at: Date,
): Promise<void> {
  const ids = next.map((c) => c.citizenId);
  const histories = new Map((await historiesOf(store, ids)).map((h) => [h.data.citizenId, h]));
  const verdicts = await identitiesOf(store, ids);
  const before = await subjectsRepo(store).get(ids);

  const stamp = at.toISOString();
  const ready = await signer.ready();
  const write: LedgerWrite = { issued: [], revoked: [] };
  const put: Subject[] = [];
  const forget: string[] = [];
  for (const id of ids) {
    const decision = decide(
      id,
      histories.get(id)?.data.doses ?? [],
      verdicts.get(id) ?? { status: 'unmatched' },
      before.get(id),
      stamp,
    );
    const old = before.get(id);
    if (decision.kind === 'note') {
      if (decision.subject) put.push(decision.subject);
      else forget.push(id);
    } else if (decision.kind === 'revoke') {
      write.revoked.push({
        uvci: decision.uvci,
        reason: decision.reason,
        at: stamp,
        supersededBy: null,
      });
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
      write.issued.push({ ...issued, reason: decision.reason, supersedes: decision.supersedes });
      if (decision.supersedes) {
        write.revoked.push({
          uvci: decision.supersedes,
          reason: 'superseded',
          at: stamp,
          supersededBy: issued.uvci,
        });
      }
      put.push({
        idNumber: id,
        facts: decision.facts,
        uvci: issued.uvci,
        notSignable: null,
        updatedAt: stamp,
      });
    }
  }
  await store.transaction(async (tx) => {
    await ledger.write(tx, write);
    await subjectsRepo(tx).put(put);
    await subjectsRepo(tx).remove(forget);
    await doseHistoryChangesRepo(tx).clear(next);
  });
}
