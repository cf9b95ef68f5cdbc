// registry_blocks: the blocking keys each registry person is filed under (registryBlockKeys), the
// one table candidates are looked up in. A person's stale keys are found from its stored row, not
// by an index on the ID number (migration 016): the keys are a function of the row. An import
// stages the keys it adds and files them all at its end in key order (fileStaged), since inserts
// at random places of a tree larger than the page cache were most of its time.
import { sql } from 'kysely';
import { registryBlockKeys } from '../../../src/domain/registry/blocking';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';
import { inJson } from './in-json';
import { insertPieces } from './insert-pieces';
import { isPostgres } from '../store/open-postgres';
import type { RegistryBlocksTable } from '../store/schema';

export interface BlockChanges {
  stale: RegistryBlocksTable[];
  added: RegistryBlocksTable[];
}

/** The keys to drop and to file when `person` replaces `before` (undefined: not stored yet). */
export function blockChanges(person: RegistryPerson, before?: RegistryPerson): BlockChanges {
  const id_number = person.idNumber;
  const now = registryBlockKeys(person);
  const old = before === undefined ? [] : registryBlockKeys(before);
  return {
    stale: old.filter((k) => !now.includes(k)).map((key) => ({ key, id_number })),
    added: now.filter((k) => !old.includes(k)).map((key) => ({ key, id_number })),
  };
}

const byKey = (a: RegistryBlocksTable, b: RegistryBlocksTable) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id_number < b.id_number ? -1 : 1;

export function registryBlocksRepo({ db }: DbHandle) {
  const removeStale = async (stale: readonly RegistryBlocksTable[]) => {
    for (const part of chunks(stale, 2)) {
      await db
        .deleteFrom('registry_blocks')
        .where((eb) =>
          eb(
            eb.refTuple('key', 'id_number'),
            'in',
            part.map((b) => eb.tuple(b.key, b.id_number)),
          ),
        )
        .execute();
    }
  };

  return {
    /** The ID numbers filed under each of these keys (keys nobody is filed under are absent). */
    async idsByKey(keys: readonly string[]): Promise<Map<string, string[]>> {
      const found = new Map<string, string[]>();
      const rows = await db
        .selectFrom('registry_blocks')
        .select(['key', 'id_number'])
        .where('key', 'in', inJson(db, keys))
        .execute();
      for (const r of rows) {
        const ids = found.get(r.key);
        if (ids) ids.push(r.id_number);
        else found.set(r.key, [r.id_number]);
      }
      return found;
    },

    /** Drops the stale keys and files the added ones now. */
    async apply({ stale, added }: BlockChanges): Promise<void> {
      await removeStale(stale);
      await insertPieces(db, 'registry_blocks', [...added].sort(byKey), true);
    },

    /** Drops the stale keys now and stages the added ones for fileStaged. */
    async stage({ stale, added }: BlockChanges): Promise<void> {
      await removeStale(stale);
      await insertPieces(db, 'registry_import_blocks', added);
    },

    /**
     * Where to cut the staged keys into ranges of about `rows` each (by their first 6 characters,
     * in the database's own order): the lower bounds of every range but the first.
     */
    async stagedBounds(rows: number): Promise<string[]> {
      const prefixes = await db
        .selectFrom('registry_import_blocks')
        .select([
          sql<string>`substr(key, 1, 6)`.as('prefix'),
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .groupBy(sql`substr(key, 1, 6)`)
        .orderBy(sql`substr(key, 1, 6)`)
        .execute();
      const bounds: string[] = [];
      let inRange = 0;
      for (const { prefix, n } of prefixes) {
        if (inRange > 0 && inRange + Number(n) > rows) {
          bounds.push(prefix);
          inRange = 0;
        }
        inRange += Number(n);
      }
      return bounds;
    },

    /**
     * Files the staged keys from `from` (inclusive) to `to` (exclusive), an open end undefined, in
     * key order: the tree is written from one end to the other. Run in a transaction; ranges keep
     * each statement within the database's statement timeout, and each lock short.
     */
    async fileStaged(from?: string, to?: string): Promise<void> {
      const range = sql.join(
        [
          sql`true`,
          ...(from === undefined ? [] : [sql`key >= ${from}`]),
          ...(to === undefined ? [] : [sql`key < ${to}`]),
        ],
        sql` and `,
      );
      if (isPostgres(db)) {
        // In one statement, so keys another import stages meanwhile stay for it to file.
        await sql`with moved as (delete from registry_import_blocks where ${range} returning key, id_number)
          insert into registry_blocks (key, id_number)
          select key, id_number from moved order by key, id_number
          on conflict do nothing`.execute(db);
        return;
      }
      // SQLite runs one write transaction at a time, so nothing is staged in between.
      await sql`insert into registry_blocks (key, id_number)
        select key, id_number from registry_import_blocks where ${range} order by key, id_number
        on conflict do nothing`.execute(db);
      await sql`delete from registry_import_blocks where ${range}`.execute(db);
    },

    /**
     * After an import, on PostgreSQL: the planner's statistics of the tables it filled (autovacuum
     * comes later). Outside a transaction.
     */
    async tidy(): Promise<void> {
      if (isPostgres(db)) await sql`analyze registry_blocks, registry_persons`.execute(db);
    },
  };
}
