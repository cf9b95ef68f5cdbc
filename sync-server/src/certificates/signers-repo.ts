// The document signers (dcc_signers): ours and imported ones, public certificates only.
import type { DbHandle } from '../store/db-handle';
import type { DccSignersTable } from '../store/schema';

export type Signer = DccSignersTable;

export function signersRepo({ db }: DbHandle) {
  return {
    async add(signer: Omit<Signer, 'revoked_at' | 'revoke_reason'>): Promise<void> {
      await db
        .insertInto('dcc_signers')
        .values({ ...signer, revoked_at: null, revoke_reason: null })
        .execute();
    },

    async get(kid: string): Promise<Signer | undefined> {
      return db.selectFrom('dcc_signers').selectAll().where('kid', '=', kid).executeTakeFirst();
    },

    /** Every signer, expired and revoked ones included, oldest first. */
    async list(): Promise<Signer[]> {
      return db.selectFrom('dcc_signers').selectAll().orderBy('added_at').orderBy('kid').execute();
    },

    async hasOwn(): Promise<boolean> {
      const row = await db
        .selectFrom('dcc_signers')
        .select('kid')
        .where('source', '=', 'own')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Marks a signer revoked; false when there is no such kid or it was revoked already. */
    async revoke(kid: string, at: Date, reason: string): Promise<boolean> {
      const done = await db
        .updateTable('dcc_signers')
        .set({ revoked_at: at.toISOString(), revoke_reason: reason })
        .where('kid', '=', kid)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return done.numUpdatedRows > 0n;
    },

    async revokedKids(): Promise<string[]> {
      const rows = await db
        .selectFrom('dcc_signers')
        .select('kid')
        .where('revoked_at', 'is not', null)
        .orderBy('kid')
        .execute();
      return rows.map((r) => r.kid);
    },
  };
}
