// Citizens whose dose history changed, for the certificate issuer to look at again: marked by
// ingest inside the batch's transaction (one statement per batch with doses), cleared by the
// issuer once it has looked. A citizen changed again meanwhile has a higher version and stays.
import { sql } from 'kysely';
import { chunks } from '../../store/chunks';
import type { DbHandle } from '../../store/db-handle';

const CLEAR_AT_ONCE = 400;

export interface DoseHistoryChange {
  citizenId: string;
  version: number;
}

export function doseHistoryChangesRepo({ db }: DbHandle) {
  return {
    async mark(citizenIds: readonly string[], at: Date): Promise<void> {
      const changedAt = at.toISOString();
      // Sorted: concurrent batches lock their rows in one order on PostgreSQL, never a deadlock.
      for (const chunk of chunks([...new Set(citizenIds)].sort(), 3)) {
        await db
          .insertInto('dose_history_changes')
          .values(chunk.map((citizen_id) => ({ citizen_id, changed_at: changedAt, version: 1 })))
          .onConflict((oc) =>
            oc.column('citizen_id').doUpdateSet({
              changed_at: changedAt,
              version: sql`dose_history_changes.version + 1`,
            }),
          )
          .execute();
      }
    },

    /** Whether this citizen has a change waiting. */
    async has(citizenId: string): Promise<boolean> {
      const row = await db
        .selectFrom('dose_history_changes')
        .select('citizen_id')
        .where('citizen_id', '=', citizenId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The longest-waiting changes first. */
    async oldest(limit: number): Promise<DoseHistoryChange[]> {
      const rows = await db
        .selectFrom('dose_history_changes')
        .select(['citizen_id', 'version'])
        .orderBy('changed_at')
        .orderBy('citizen_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ citizenId: r.citizen_id, version: Number(r.version) }));
    },

    /** Clears these changes, unless a citizen changed again since they were read. */
    async clear(changes: readonly DoseHistoryChange[]): Promise<void> {
      // An OR of pairs nests one level per pair in SQLite's parser (depth limit 1000).
      for (let i = 0; i < changes.length; i += CLEAR_AT_ONCE) {
        const chunk = changes.slice(i, i + CLEAR_AT_ONCE);
        await db
          .deleteFrom('dose_history_changes')
          .where((eb) =>
            eb.or(
              chunk.map((c) =>
                eb.and([eb('citizen_id', '=', c.citizenId), eb('version', '=', c.version)]),
              ),
            ),
          )
          .execute();
      }
    },
  };
}
