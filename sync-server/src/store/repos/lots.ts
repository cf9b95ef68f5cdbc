// Vaccine lots of a site. Every put also appends a `changes` row so tablets pull it.
import type { Kysely } from 'kysely';
import type { Lot } from '../../../../src/domain/protocol';
import { chunks } from '../chunks';
import type { Database } from '../schema';
import { changesRepo } from './changes';

export function lotsRepo(db: Kysely<Database>) {
  return {
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
      await changesRepo(db).append(
        lots.map((l) => ({ siteId, entity: 'lot', key: l.lot, op: 'put', data: l })),
      );
    },
  };
}
