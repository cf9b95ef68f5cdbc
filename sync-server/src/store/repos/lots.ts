// Vaccine lots of a site. Every put also appends a `changes` row so tablets pull it.
import type { Lot } from '../../../../src/domain/protocol';
import { chunks } from '../chunks';
import type { DbHandle } from '../db-handle';
import { changesRepo } from './changes';

export function lotsRepo({ db }: DbHandle) {
  return {
    /** The stored lot of the site equal to `lot` but for letter case, if any. */
    async lotIgnoringCase(siteId: string, lot: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('lots')
        .select('lot')
        .where('site_id', '=', siteId)
        .where((eb) => eb(eb.fn('lower', ['lot']), '=', lot.toLowerCase()))
        .executeTakeFirst();
      return row?.lot;
    },

    /** Those of `lots` the site was given: one query per call for a batch's few distinct lots. */
    async givenTo(siteId: string, lots: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (const chunk of chunks([...new Set(lots)], 1)) {
        const rows = await db
          .selectFrom('lots')
          .select('lot')
          .where('site_id', '=', siteId)
          .where('lot', 'in', chunk)
          .execute();
        for (const r of rows) found.add(r.lot);
      }
      return found;
    },

    async put(siteId: string, lots: readonly Lot[]): Promise<void> {
      for (const chunk of chunks(lots, 5)) {
        await db
          .insertInto('lots')
          .values(
            chunk.map((l) => ({
              site_id: siteId,
              lot: l.lot,
              vaccine: l.vaccine,
              expiry: l.expiry,
              doses_allocated: l.dosesAllocated,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['site_id', 'lot']).doUpdateSet((eb) => ({
              vaccine: eb.ref('excluded.vaccine'),
              expiry: eb.ref('excluded.expiry'),
              doses_allocated: eb.ref('excluded.doses_allocated'),
            })),
          )
          .execute();
      }
      await changesRepo({ db }).append(
        lots.map((l) => ({ siteId, entity: 'lot', key: l.lot, op: 'put', data: l })),
      );
    },
  };
}
