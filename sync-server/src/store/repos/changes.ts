// The `changes` log: every put of reference data or a record appends a row; pull reads a site's
// rows in `seq` order, leaving out the asking device's own records.
import { sql, type Kysely } from 'kysely';
import type { Entity } from '../../../../src/domain/protocol';
import { insertRows } from '../insert-rows';
import { isPostgres } from '../open-postgres';
import { lockChangesUntilCommit } from '../pg-concurrency';
import type { DbHandle } from '../db-handle';
import type { Database } from '../schema';

/** The PostgreSQL channel a commit of `changes` notifies, with the site's id as payload. */
export const CHANGES_CHANNEL = 'vax_changes';

export interface NewChange {
  siteId: string;
  entity: Entity;
  key: string;
  op: 'put' | 'delete';
  /** Entity snapshot; omitted for records (pull reads their body from `records`). */
  data?: unknown;
  sourceDeviceId?: string;
}

export interface StoredChange {
  seq: number;
  entity: Entity;
  key: string;
  op: 'put' | 'delete';
  /** JSON text of the entity. */
  data: string;
}

/**
 * On PostgreSQL, `changes` is only written in a transaction holding the changes lock, which also
 * notifies CHANGES_CHANNEL (delivered at commit, to every process listening). `appended` hears the
 * sites written to, once the write is done (the caller knows when it commits).
 */
export function changesRepo({ db, appended }: DbHandle) {
  const postgres = isPostgres(db);
  const writing = async (write: (tx: Kysely<Database>) => Promise<void>): Promise<void> => {
    if (!postgres) return write(db);
    const locked = async (tx: Kysely<Database>) => {
      await lockChangesUntilCommit(tx);
      await write(tx);
    };
    return db.isTransaction ? locked(db) : db.transaction().execute(locked);
  };

  const visibleTo = (siteId: string, deviceId: string, afterSeq: number) =>
    db
      .selectFrom('changes')
      .where('changes.site_id', '=', siteId)
      .where('changes.seq', '>', afterSeq)
      .where((eb) =>
        eb.or([
          eb('changes.source_device_id', 'is', null),
          eb('changes.source_device_id', '<>', deviceId),
        ]),
      );

  return {
    async append(changes: readonly NewChange[]): Promise<void> {
      if (changes.length === 0) return;
      const sites = [...new Set(changes.map((c) => c.siteId))];
      await writing(async (tx) => {
        const rows = changes.map((c) => ({
          site_id: c.siteId,
          entity: c.entity,
          key: c.key,
          op: c.op,
          data: c.data === undefined ? null : JSON.stringify(c.data),
          source_device_id: c.sourceDeviceId ?? null,
        }));
        await insertRows(tx, 'changes', rows);
        if (postgres) {
          await sql`select pg_notify(${CHANGES_CHANNEL}, site) from unnest(${sites}::text[]) as site`.execute(
            tx,
          );
        }
      });
      appended?.(sites);
    },

    async page(
      siteId: string,
      deviceId: string,
      afterSeq: number,
      limit: number,
    ): Promise<StoredChange[]> {
      const rows = await visibleTo(siteId, deviceId, afterSeq)
        .leftJoin('records', (join) =>
          join.onRef('records.id', '=', 'changes.key').on('changes.entity', '=', 'record'),
        )
        .select(['changes.seq', 'changes.entity', 'changes.key', 'changes.op', 'changes.data'])
        .select('records.body')
        .orderBy('changes.seq')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        seq: Number(r.seq),
        entity: r.entity as Entity,
        key: r.key,
        op: r.op as 'put' | 'delete',
        data: r.data ?? r.body ?? 'null',
      }));
    },

    async countAfter(siteId: string, deviceId: string, afterSeq: number): Promise<number> {
      const row = await visibleTo(siteId, deviceId, afterSeq)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
