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
  /** New certificates, each revoking in its favour the one it `supersedes` (reason 'superseded'). */
  issued: (IssuedCertificate & { reason: IssueReason; supersedes: string | null })[];
  /** Certificates revoked with none to replace them. */
  revoked: { uvci: string; idNumber: string; reason: 'no-doses'; at: string }[];
}

/** The certificates' history (which UVCI, when, why, superseded by which). */
export interface CertificateLedger {
  /**
   * Writes, at most one live certificate per person; resolves with the persons refused because
   * another writer changed their certificate in force since it was read (theirs stands).
   */
  write(tx: DbHandle, changes: LedgerWrite): Promise<Set<string>>;
  /** A certificate as issued, whatever became of it since. */
  find(handle: DbHandle, uvci: string): Promise<IssuedCertificate | undefined>;
  /** Of these certificates, the live ones whose signer was revoked (issuer:revoke-kid). */
  underRevokedKey(handle: DbHandle, uvcis: readonly string[]): Promise<Set<string>>;
  /** Persons whose certificate in force was signed by a revoked key, not noted unsignable. */
  holdersOfRevokedKeys(handle: DbHandle, limit: number): Promise<string[]>;
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
  // Holders of a revoked key are looked at even when nothing can sign: they are noted waiting.
  const [waiting, revokedKey] = [
    (await signer.ready()) ? await subjects.waitingForIssuer(limit) : [],
    await ledger.holdersOfRevokedKeys(store, limit),
  ];
  const again = [...written.idNumbers, ...waiting, ...revokedKey];
  if (again.length > 0) {
    await store.transaction(async (tx) => {
      await doseHistoryChangesRepo(tx).mark(again, at);
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
 * changes (a change made meanwhile stays, and is looked at next run; so does the change of a
 * person whose certificate another writer changed meanwhile: the ledger refused ours).
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
  const inForce = [...before.values()].flatMap((s) => (s.uvci ? [s.uvci] : []));
  const underRevokedKey = await ledger.underRevokedKey(store, inForce);

  const stamp = at.toISOString();
  const ready = await signer.ready();
  const write: LedgerWrite = { issued: [], revoked: [] };
  const put: Subject[] = [];
  const forget: string[] = [];
  for (const id of ids) {
    const old = before.get(id);
    const decision = decide(
      id,
      histories.get(id)?.data.doses ?? [],
      verdicts.get(id) ?? { status: 'unmatched' },
      old,
      stamp,
      { keyRevoked: old?.uvci ? underRevokedKey.has(old.uvci) : false },
    );
    if (decision.kind === 'note') {
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
      write.issued.push({ ...issued, reason: decision.reason, supersedes: decision.supersedes });
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
    const refused = await ledger.write(tx, write);
    await subjectsRepo(tx).put(put.filter((s) => !refused.has(s.idNumber)));
    await subjectsRepo(tx).remove(forget.filter((id) => !refused.has(id)));
    await doseHistoryChangesRepo(tx).clear(next.filter((c) => !refused.has(c.citizenId)));
  });
}
