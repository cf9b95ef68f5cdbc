// Staff of a site. Every put also appends a `changes` row so tablets pull it; the row carries the
// PIN verifier (never a PIN), so a tablet can check a PIN offline.
import type { DbHandle } from '../db-handle';
import type { PinVerifier } from '../../../../src/domain/pin';
import type { Staff, StaffRole } from '../../../../src/domain/protocol';
import { chunks } from '../chunks';
import type { StaffTable } from '../schema';
import { changesRepo } from './changes';

function staffOf(row: StaffTable): Staff {
  const staff: Staff = { id: row.id, name: row.name, role: row.role as StaffRole };
  if (row.pin !== null) staff.pin = JSON.parse(row.pin) as PinVerifier;
  return staff;
}

export function staffRepo({ db }: DbHandle) {
  const stored = async (siteId: string, ids: readonly string[]): Promise<Staff[]> => {
    const found: Staff[] = [];
    for (const chunk of chunks([...new Set(ids)], 1)) {
      const rows = await db
        .selectFrom('staff')
        .selectAll()
        .where('site_id', '=', siteId)
        .where('id', 'in', chunk)
        .orderBy('id')
        .execute();
      found.push(...rows.map(staffOf));
    }
    return found;
  };

  return {
    /** Saves name and role; a staff member given without `pin` keeps the PIN they had. */
    async put(siteId: string, staff: readonly Staff[]): Promise<void> {
      for (const chunk of chunks(staff, 5)) {
        await db
          .insertInto('staff')
          .values(
            chunk.map((s) => ({
              site_id: siteId,
              id: s.id,
              name: s.name,
              role: s.role,
              pin: s.pin === undefined ? null : JSON.stringify(s.pin),
            })),
          )
          .onConflict((oc) =>
            oc.columns(['site_id', 'id']).doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              role: eb.ref('excluded.role'),
              pin: eb.fn.coalesce('excluded.pin', 'staff.pin'),
            })),
          )
          .execute();
      }
      // The change carries what is now stored (with a kept PIN), in the order given.
      const byId = new Map(
        (
          await stored(
            siteId,
            staff.map((s) => s.id),
          )
        ).map((s) => [s.id, s]),
      );
      await changesRepo({ db }).append(
        staff.map((s) => ({ siteId, entity: 'staff', key: s.id, op: 'put', data: byId.get(s.id) })),
      );
    },

    async get(siteId: string, id: string): Promise<Staff | undefined> {
      return (await stored(siteId, [id]))[0];
    },

    /** Replaces the PIN verifier and tells the tablets. False when there is no such staff member. */
    async setPin(siteId: string, id: string, pin: PinVerifier): Promise<boolean> {
      const result = await db
        .updateTable('staff')
        .set({ pin: JSON.stringify(pin) })
        .where('site_id', '=', siteId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      const [staff] = await stored(siteId, [id]);
      await changesRepo({ db }).append([
        { siteId, entity: 'staff', key: id, op: 'put', data: staff },
      ]);
      return true;
    },

    /** The stored id of the site's staff equal to `id` but for letter case, if any. */
    async idIgnoringCase(siteId: string, id: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('staff')
        .select('id')
        .where('site_id', '=', siteId)
        .where((eb) => eb(eb.fn('lower', ['id']), '=', id.toLowerCase()))
        .executeTakeFirst();
      return row?.id;
    },

    /** Roles (as stored) of those of `ids` who are staff of the site, in one query per batch. */
    async rolesOf(siteId: string, ids: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (const chunk of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('staff')
          .select(['id', 'role'])
          .where('site_id', '=', siteId)
          .where('id', 'in', chunk)
          .execute();
        for (const r of rows) found.set(r.id, r.role);
      }
      return found;
    },
  };
}
