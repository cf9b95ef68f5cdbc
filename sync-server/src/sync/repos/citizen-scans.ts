// `citizen_scans`: the sites where a check-in read a citizen's identity from a card or QR, one row
// per citizen and site. With the registrations, the proof a site gives for receiving the citizen's
// dose history (ingest/history-proof.ts).
import type { DbHandle } from '../../store/db-handle';
import { chunks } from '../../store/chunks';
import { insertRows } from '../../store/insert-rows';
import type { CitizenScansTable } from '../../store/schema';

export function citizenScansRepo({ db }: DbHandle) {
  return {
    async add(rows: readonly CitizenScansTable[]): Promise<void> {
      await insertRows(db, 'citizen_scans', rows, true);
    },

    /** The sites that scanned each of these citizens (citizens no site scanned are left out). */
    async sitesOf(citizenIds: readonly string[]): Promise<Map<string, Set<string>>> {
      const found = new Map<string, Set<string>>();
      for (const chunk of chunks([...new Set(citizenIds)], 1)) {
        const rows = await db
          .selectFrom('citizen_scans')
          .select(['citizen_id', 'site_id'])
          .where('citizen_id', 'in', chunk)
          .execute();
        for (const { citizen_id, site_id } of rows) {
          found.set(citizen_id, (found.get(citizen_id) ?? new Set<string>()).add(site_id));
        }
      }
      return found;
    },
  };
}
