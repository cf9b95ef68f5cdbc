// `citizen_doses`: one row per injection record, corrections applied, keyed by the citizen's ID
// number, so a citizen's history across every site is one indexed read. A voided injection has no
// row here but one in `voided_doses` (migration 012), which only the FHIR API reads.
import type { DbHandle } from '../../store/db-handle';
import { chunks } from '../../store/chunks';
import { insertRows } from '../../store/insert-rows';
import type { CitizenDosesTable, VoidedDosesTable } from '../../store/schema';

export function citizenDosesRepo({ db }: DbHandle) {
  return {
    /** Every dose row of these citizens. */
    async ofCitizens(citizenIds: readonly string[]): Promise<CitizenDosesTable[]> {
      const found: CitizenDosesTable[] = [];
      for (const chunk of chunks([...new Set(citizenIds)], 1)) {
        found.push(
          ...(await db
            .selectFrom('citizen_doses')
            .selectAll()
            .where('citizen_id', 'in', chunk)
            .execute()),
        );
      }
      return found;
    },

    /** The citizen of each of these injection records that has a dose row. */
    async citizensOfRecords(recordIds: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (const chunk of chunks([...new Set(recordIds)], 1)) {
        const rows = await db
          .selectFrom('citizen_doses')
          .select(['record_id', 'citizen_id'])
          .where('record_id', 'in', chunk)
          .execute();
        for (const r of rows) found.set(r.record_id, r.citizen_id);
      }
      return found;
    },

    /**
     * Replaces the dose rows of these records with `rows` (recomputed from their records), and
     * stores `voided`: the doses of these records that a void took out of every count.
     */
    async replace(
      recordIds: readonly string[],
      rows: readonly CitizenDosesTable[],
      voided: readonly VoidedDosesTable[] = [],
    ): Promise<void> {
      for (const chunk of chunks([...new Set(recordIds)], 1)) {
        await db.deleteFrom('citizen_doses').where('record_id', 'in', chunk).execute();
      }
      await insertRows(db, 'citizen_doses', rows);
      for (const chunk of chunks(
        voided.map((v) => v.record_id),
        1,
      )) {
        await db.deleteFrom('voided_doses').where('record_id', 'in', chunk).execute();
      }
      await insertRows(db, 'voided_doses', voided);
    },
  };
}
