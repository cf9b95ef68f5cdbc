import type { Site } from '../../../../src/domain/protocol';
import type { DbHandle } from '../db-handle';

/** A site as the server keeps it: its district stays here (tablets are sent the `Site`). */
export interface StoredSite extends Site {
  /** The 3-digit district code, when known. */
  district?: string;
}

export function sitesRepo({ db }: DbHandle) {
  return {
    async create({ district, ...site }: StoredSite, now: Date): Promise<void> {
      await db
        .insertInto('sites')
        .values({ ...site, district: district ?? null, created_at: now.toISOString() })
        .execute();
    },

    /** Sets an existing site's district; false when there is no such site. */
    async setDistrict(id: string, district: string): Promise<boolean> {
      const result = await db
        .updateTable('sites')
        .set({ district })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
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
