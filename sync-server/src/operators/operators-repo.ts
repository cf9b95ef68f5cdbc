// Report operators and their sign-in sessions. Sessions are looked up by the SHA-256 of their
// token; expiry is compared in code, not SQL, since text ordering depends on the collation.
import type { Kysely } from 'kysely';
import type { PasswordVerifier } from './password';
import { scopeColumns, scopeFromColumns, type OperatorScope } from './scope';
import type { DbHandle } from '../store/db-handle';
import type { Database } from '../store/schema';
import { sha256Hex } from '../store/secrets';

export interface OperatorAccount {
  id: string;
  name: string;
  scope: OperatorScope;
}

export interface NewOperator extends OperatorAccount {
  password: PasswordVerifier;
}

/** Disable (a date) or enable (null) an operator, and/or give them a new password. */
export interface OperatorChange {
  disabledAt?: Date | null;
  password?: PasswordVerifier;
}

export function operatorsRepo({ db }: DbHandle) {
  return {
    async create(op: NewOperator, now: Date): Promise<void> {
      const scope = scopeColumns(op.scope);
      await db
        .insertInto('operators')
        .values({
          id: op.id,
          name: op.name,
          scope_kind: scope.kind,
          scope_value: scope.value,
          password: JSON.stringify(op.password),
          created_at: now.toISOString(),
          disabled_at: null,
        })
        .execute();
    },

    async exists(id: string): Promise<boolean> {
      const row = await db
        .selectFrom('operators')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** An active operator with their verifier, for sign-in. */
    async forSignIn(
      id: string,
    ): Promise<{ account: OperatorAccount; password: PasswordVerifier } | undefined> {
      const row = await db
        .selectFrom('operators')
        .selectAll()
        .where('id', '=', id)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      const scope = row && scopeFromColumns(row.scope_kind, row.scope_value);
      if (!row || !scope) return undefined;
      return {
        account: { id: row.id, name: row.name, scope },
        password: JSON.parse(row.password) as PasswordVerifier,
      };
    },

    /**
     * Disables (`disabledAt`) or enables (null) the operator, optionally with a new password, and
     * ends their sessions either way. False when there is no such operator.
     */
    async update(id: string, change: OperatorChange): Promise<boolean> {
      const apply = async (tx: Kysely<Database>) => {
        const updated = await tx
          .updateTable('operators')
          .set({
            ...(change.disabledAt !== undefined && {
              disabled_at: change.disabledAt?.toISOString() ?? null,
            }),
            ...(change.password !== undefined && { password: JSON.stringify(change.password) }),
          })
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await tx.deleteFrom('operator_sessions').where('operator_id', '=', id).execute();
        return true;
      };
      return db.isTransaction ? apply(db) : db.transaction().execute(apply);
    },

    async createSession(operatorId: string, token: string, now: Date, ttlMs: number) {
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      await db
        .insertInto('operator_sessions')
        .values({
          token_hash: sha256Hex(token),
          operator_id: operatorId,
          created_at: now.toISOString(),
          expires_at: expiresAt,
        })
        .execute();
      return { expiresAt };
    },

    /** The active operator holding this unexpired session token, if any. */
    async bySession(token: string, now: Date): Promise<OperatorAccount | undefined> {
      const row = await db
        .selectFrom('operator_sessions as s')
        .innerJoin('operators as o', 'o.id', 's.operator_id')
        .select(['o.id', 'o.name', 'o.scope_kind', 'o.scope_value', 's.expires_at'])
        .where('s.token_hash', '=', sha256Hex(token))
        .where('o.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!row || Date.parse(row.expires_at) <= now.getTime()) return undefined;
      const scope = scopeFromColumns(row.scope_kind, row.scope_value);
      return scope ? { id: row.id, name: row.name, scope } : undefined;
    },

    async endSession(token: string): Promise<void> {
      await db.deleteFrom('operator_sessions').where('token_hash', '=', sha256Hex(token)).execute();
    },

    /** Drops this operator's expired sessions (called at sign-in, so the table stays small). */
    async dropExpired(operatorId: string, now: Date): Promise<void> {
      const rows = await db
        .selectFrom('operator_sessions')
        .select(['token_hash', 'expires_at'])
        .where('operator_id', '=', operatorId)
        .execute();
      const expired = rows
        .filter((r) => Date.parse(r.expires_at) <= now.getTime())
        .map((r) => r.token_hash);
      if (expired.length > 0) {
        await db.deleteFrom('operator_sessions').where('token_hash', 'in', expired).execute();
      }
    },
  };
}
