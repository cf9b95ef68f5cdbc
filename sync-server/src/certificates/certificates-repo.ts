// The history of issued certificates (dcc_certificates), which the issuing service fills: which
// UVCI, for whom, when, why, and superseded by which. Revoked rows feed the revocation list.
import type { DbHandle } from '../store/db-handle';
import type { DccCertificatesTable } from '../store/schema';
import { uciHash } from './dcc-hashes';

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
    async add(c: NewCertificate): Promise<void> {
      await db
        .insertInto('dcc_certificates')
        .values({
          uvci: c.uvci,
          uci_hash: uciHash(c.uvci),
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
        .execute();
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

    /**
     * The live certificates signed with `kid`: after the key is revoked (issuer:revoke-kid) each
     * must be re-issued with the current signer, reason 'key-revoked'.
     */
    async liveOfKid(kid: string): Promise<Pick<IssuedCertificate, 'uvci' | 'id_number'>[]> {
      return db
        .selectFrom('dcc_certificates')
        .select(['uvci', 'id_number'])
        .where('kid', '=', kid)
        .where('revoked_at', 'is', null)
        .orderBy('uvci')
        .execute();
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
