// Attempt counters that every server process shares (enrollment tries, operator
// sign-in), so N processes behind a load balancer enforce one limit instead of one each. One row
// per kind and key; times are epoch milliseconds (bigint), so a statement can add a wait to them.
// Portable SQL only: the same migration runs on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const rateLimits: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('kind', 'text', (c) => c.notNull())
      /** The client address, or a hash of what else is limited (never a username in the clear). */
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      /** No attempt under this key is allowed before this time (0: none held back). */
      .addColumn('blocked_until', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('rate_limits_pk', ['kind', 'key'])
      .execute();
  },
};
