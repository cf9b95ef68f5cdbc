// The history of issued certificates (dcc_certificates), which the issuing service fills: which
// UVCI, for whom, when, why, and superseded by which. Revoked rows feed the revocation list.
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';
import type { DccCertificatesTable } from '../store/schema';
import type { DoseHistoryChange } from '../sync';
import { uciHash } from '../../../src/domain/dcc';

export type IssuedCertificate = DccCertificatesTable;

export type IssueReason =
  'first-issue' | 'new-dose' | 'dose-corrected' | 'identity-corrected' | 'key-revoked';

export interface NewCertificate {
  uvci: string;
  idNumber: string;
  kid: string;
  issuedAt: Date;
  expiresAt: Date;
  reason: IssueReason;
  hc1: string;
}

export function certificatesRepo({ db }: DbHandle) {
  return {
    /**
     * Adds a live certificate unless the person has one already (the partial unique index of
     * migration 019); false when refused. On PostgreSQL a concurrent writer's uncommitted one
     * counts: the insert waits for it to commit, then refuses.
     */
    async add(c: NewCertificate): Promise<boolean> {
      const done = await db
        .insertInto('dcc_certificates')
        .values({
          uvci: c.uvci,
          uci_hash: await uciHash(c.uvci),
          id_number: c.idNumber,
          kid: c.kid,
          issued_at: c.issuedAt.toISOString(),
          expires_at: c.expiresAt.toISOString(),
          reason: c.reason,
          hc1: c.hc1,
          revoked_at: null,
          revoke_reason: null,
          superseded_by: null,
        })
        .onConflict((oc) => oc.column('id_number').where('revoked_at', 'is', null).doNothing())
        .executeTakeFirst();
      return (done.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },

    /** Revokes a live certificate (and names its successor); false when none was live. */
    async revoke(
      uvci: string,
      at: Date,
      reason: string,
      supersededBy: string | null = null,
    ): Promise<boolean> {
      const done = await db
        .updateTable('dcc_certificates')
        .set({ revoked_at: at.toISOString(), revoke_reason: reason, superseded_by: supersededBy })
        .where('uvci', '=', uvci)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return done.numUpdatedRows > 0n;
    },

    /** One certificate as issued, whatever became of it since. */
    async find(uvci: string): Promise<IssuedCertificate | undefined> {
      return db
        .selectFrom('dcc_certificates')
        .selectAll()
        .where('uvci', '=', uvci)
        .executeTakeFirst();
    },

    /** A person's certificates, newest first: what an operator is shown. */
    async history(idNumber: string): Promise<IssuedCertificate[]> {
      return db
        .selectFrom('dcc_certificates')
        .selectAll()
        .where('id_number', '=', idNumber)
        .orderBy('issued_at', 'desc')
        .orderBy('uvci', 'desc')
        .execute();
    },

    /** How many live certificates `kid` signed (issuer:revoke-kid says it). */
    async countLiveOfKid(kid: string): Promise<number> {
      const row = await db
        .selectFrom('dcc_certificates')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('kid', '=', kid)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Each person's live certificate, if any, and whether its signer was revoked since. */
    async liveOf(
      idNumbers: readonly string[],
    ): Promise<Map<string, { uvci: string; keyRevoked: boolean }>> {
      const found = new Map<string, { uvci: string; keyRevoked: boolean }>();
      for (const chunk of chunks([...new Set(idNumbers)], 1)) {
        const rows = await db
          .selectFrom('dcc_certificates')
          .leftJoin('dcc_signers', 'dcc_signers.kid', 'dcc_certificates.kid')
          .select([
            'dcc_certificates.id_number',
            'dcc_certificates.uvci',
            'dcc_signers.revoked_at as signer_revoked_at',
          ])
          .where('dcc_certificates.id_number', 'in', chunk)
          .where('dcc_certificates.revoked_at', 'is', null)
          .execute();
        for (const r of rows) {
          found.set(r.id_number, { uvci: r.uvci, keyRevoked: r.signer_revoked_at !== null });
        }
      }
      return found;
    },

    /**
     * Persons whose certificate in force was signed by a revoked key and who are not noted as
     * unsignable (the issuer re-issues them, reason 'key-revoked'); the partial index of live
     * certificates by kid (migration 019) keeps this cheap once they are done.
     */
    async holdersOfRevokedKeys(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('dcc_certificates')
        .innerJoin('dcc_subjects', (j) =>
          j
            .onRef('dcc_subjects.id_number', '=', 'dcc_certificates.id_number')
            .onRef('dcc_subjects.uvci', '=', 'dcc_certificates.uvci'),
        )
        .select('dcc_certificates.id_number')
        .where('dcc_certificates.revoked_at', 'is', null)
        .where('dcc_certificates.kid', 'in', (eb) =>
          eb.selectFrom('dcc_signers').select('kid').where('revoked_at', 'is not', null),
        )
        .where('dcc_subjects.not_signable', 'is', null)
        .orderBy('dcc_certificates.id_number')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id_number);
    },

    /**
     * The waiting dose-history changes of persons who hold a live certificate, longest-waiting
     * first: what the issuer looks at before anyone else (issue-run.ts). Probes the live
     * certificates by ID number (migration 019) once per waiting change.
     */
    async changesOfHolders(limit: number): Promise<DoseHistoryChange[]> {
      const rows = await db
        .selectFrom('dose_history_changes')
        .innerJoin('dcc_certificates', (j) =>
          j
            .onRef('dcc_certificates.id_number', '=', 'dose_history_changes.citizen_id')
            .on('dcc_certificates.revoked_at', 'is', null),
        )
        .select(['dose_history_changes.citizen_id', 'dose_history_changes.version'])
        .orderBy('dose_history_changes.changed_at')
        .orderBy('dose_history_changes.citizen_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ citizenId: r.citizen_id, version: Number(r.version) }));
    },

    async revokedHashes(): Promise<string[]> {
      const rows = await db
        .selectFrom('dcc_certificates')
        .select('uci_hash')
        .where('revoked_at', 'is not', null)
        .orderBy('uci_hash')
        .execute();
      return rows.map((r) => r.uci_hash);
    },
  };
}
