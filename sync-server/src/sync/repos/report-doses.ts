// `report_doses`: one row per injection record, corrections applied, keyed by site and day so the
// progress report counts a range through its key (migration 006).
import type { DbHandle } from '../../store/db-handle';
import { insertRows } from '../../store/insert-rows';
import type { ReportDosesTable } from '../../store/schema';

export function reportDosesRepo({ db }: DbHandle) {
  return {
    async insert(rows: readonly ReportDosesTable[]): Promise<void> {
      await insertRows(db, 'report_doses', rows);
    },

    /** A correction changed vaccine or dose number; the key and the delay stay as received. */
    async correct(rows: readonly ReportDosesTable[]): Promise<void> {
      for (const r of rows) {
        await db
          .updateTable('report_doses')
          .set({ vaccine: r.vaccine, dose_number: r.dose_number })
          .where('site_id', '=', r.site_id)
          .where('day', '=', r.day)
          .where('visit_key', '=', r.visit_key)
          .where('record_id', '=', r.record_id)
          .execute();
      }
    },

    /** A void took these injections out of every count. */
    async remove(rows: readonly ReportDosesTable[]): Promise<void> {
      for (const r of rows) {
        await db
          .deleteFrom('report_doses')
          .where('site_id', '=', r.site_id)
          .where('day', '=', r.day)
          .where('visit_key', '=', r.visit_key)
          .where('record_id', '=', r.record_id)
          .execute();
      }
    },
  };
}
