// Staff of a site. Every put also appends a `changes` row so tablets pull it.
import type { Kysely } from 'kysely';
import type { Staff } from '../../../../src/domain/protocol';
import { chunks } from '../chunks';
import type { Database } from '../schema';
import { changesRepo } from './changes';

export function staffRepo(db: Kysely<Database>) {
  return {
    async put(siteId: string, staff: readonly Staff[]): Promise<void> {
      for (const chunk of chunks(staff, 4)) {
        await db
          .insertInto('staff')
          .values(chunk.map((s) => ({ site_id: siteId, id: s.id, name: s.name, role: s.role })))
          .onConflict((oc) =>
            oc.columns(['site_id', 'id']).doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              role: eb.ref('excluded.role'),
            })),
          )
          .execute();
      }
      await changesRepo(db).append(
        staff.map((s) => ({ siteId, entity: 'staff', key: s.id, op: 'put', data: s })),
      );
    },

    /** Which of `ids` are staff of the site (one query for a whole batch). */
    async existingIds(siteId: string, ids: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (const chunk of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('staff')
          .select('id')
          .where('site_id', '=', siteId)
          .where('id', 'in', chunk)
          .execute();
        for (const r of rows) found.add(r.id);
      }
      return found;
    },
  };
}
