import type { Site } from '../../../../src/domain/protocol';
import type { DbHandle } from '../db-handle';

export function sitesRepo({ db }: DbHandle) {
  return {
    async create(site: Site, now: Date): Promise<void> {
      await db
        .insertInto('sites')
        .values({ ...site, created_at: now.toISOString() })
        .execute();
    },

    async get(id: string): Promise<Site | undefined> {
      return db
        .selectFrom('sites')
        .select(['id', 'name', 'province'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** The stored id equal to `id` but for letter case (ids are ASCII), if any. */
    async idIgnoringCase(id: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('sites')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['id']), '=', id.toLowerCase()))
        .executeTakeFirst();
      return row?.id;
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('sites')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
