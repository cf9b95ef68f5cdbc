import type { DbHandle } from '../db-handle';

export function healthRepo({ db }: DbHandle) {
  return {
    /** A real write (the one row of `health_probe`): throws when the database cannot write. */
    async touch(now: Date): Promise<void> {
      await db
        .updateTable('health_probe')
        .set({ checked_at: now.toISOString() })
        .where('id', '=', 1)
        .execute();
    },
  };
}
