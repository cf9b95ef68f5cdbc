// What PostgreSQL needs that SQLite's single writer gives for free.
//
// 1. Pull reads `changes` in `seq` order and remembers the last seq it saw. With concurrent
//    writers, a transaction holding seq 100 could commit after one holding 101, and a puller that
//    had read 101 would never see 100. So every writer of `changes` takes one advisory lock
//    before its first `changes` row and keeps it until commit: seqs then commit in order.
// 2. Two processes may ingest the same batch at once (a tablet retrying after a lost response
//    lands on another server). The loser hits the records' primary key (23505) or a deadlock
//    (40P01); run again, it sees the winner's rows and answers `duplicate`.
import { sql, type Kysely } from 'kysely';

/** Any constant: it only has to be the same in every process. */
const CHANGES_LOCK_KEY = 7_315_001;
const RETRYABLE = new Set(['23505', '40001', '40P01']);
const MAX_ATTEMPTS = 5;

export async function lockChangesUntilCommit<DB>(tx: Kysely<DB>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${CHANGES_LOCK_KEY})`.execute(tx);
}

function retryable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/** Runs `attempt` again (a few times) when PostgreSQL refused it only because of a concurrent one. */
export async function retryConflicts<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (n >= MAX_ATTEMPTS || !retryable(err)) throw err;
      // A short, jittered pause lets the competing transaction commit first.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * n));
    }
  }
}
