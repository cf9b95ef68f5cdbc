// The records the change feed announced, read by the background matcher: every pushed record,
// and every correction that took effect later (held ones), has a `changes` row of entity 'record';
// and the matcher's cursor, the seq it has read up to (registry_cursor).
import type { DbHandle } from '../store/db-handle';

export function recordFeedRepo({ db }: DbHandle) {
  return {
    async lastSeq(): Promise<number> {
      const row = await db
        .selectFrom('changes')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst();
      return Number(row?.seq ?? 0);
    },

    /** Record ids announced after `seq`, oldest first, and the seq of the last one read. */
    async after(seq: number, limit: number): Promise<{ ids: string[]; lastSeq: number }> {
      const rows = await db
        .selectFrom('changes')
        .select(['seq', 'key'])
        .where('entity', '=', 'record')
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return {
        ids: [...new Set(rows.map((r) => r.key))],
        lastSeq: rows.length === 0 ? seq : Number(rows.at(-1)!.seq),
      };
    },

    /** Where the background matcher has read the change feed up to; undefined before any reconcile. */
    async cursor(): Promise<number | undefined> {
      const row = await db
        .selectFrom('registry_cursor')
        .select('change_seq')
        .where('id', '=', 1)
        .executeTakeFirst();
      return row === undefined ? undefined : Number(row.change_seq);
    },

    async setCursor(seq: number): Promise<void> {
      await db
        .insertInto('registry_cursor')
        .values({ id: 1, change_seq: seq })
        .onConflict((oc) => oc.column('id').doUpdateSet({ change_seq: seq }))
        .execute();
    },
  };
}
