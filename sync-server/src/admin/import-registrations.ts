// `registrations:import`: parse the CSV, store every good row (with `changes` rows, so tablets
// pull them, and the dose history of citizens vaccinated elsewhere) in one transaction, and
// report the bad rows by line.
import type { LocalDate } from '../../../src/domain/local-date';
import { announceDoseHistories } from '../sync';
import type { Store } from '../store/store';
import { parseRegistrationsCsv } from './registrations-csv';
import { registrationsRepo } from '../store/repos/registrations';

export interface ImportReport {
  imported: number;
  errors: { line: number; field: string; message: string }[];
}

export async function importRegistrations(
  store: Store,
  siteId: string,
  csvText: string,
  options: { sessionDate: LocalDate },
): Promise<ImportReport> {
  const { registrations, errors } = parseRegistrationsCsv(csvText, options);
  if (registrations.length > 0) {
    await store.transaction(async (tx) => {
      // Importing a corrected file again updates the same registrations instead of adding twins.
      const existing = await registrationsRepo(tx).idsByCode(
        siteId,
        registrations.map((r) => r.code),
      );
      const upserts = registrations.map((r) => ({ ...r, id: existing.get(r.code) ?? r.id }));
      await registrationsRepo(tx).put(siteId, upserts);
      await announceDoseHistories(
        tx,
        siteId,
        upserts.map((r) => r.citizen.id),
      );
    });
  }
  return { imported: registrations.length, errors };
}
