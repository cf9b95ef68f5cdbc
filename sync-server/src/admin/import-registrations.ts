// `registrations:import`: parse the CSV, store every good row (with `changes` rows, so tablets
// pull them) in one transaction, and report the bad rows by line.
import type { Store } from '../store/store';
import { parseRegistrationsCsv } from './registrations-csv';

export interface ImportReport {
  imported: number;
  errors: { line: number; field: string; message: string }[];
}

export async function importRegistrations(
  store: Store,
  siteId: string,
  csvText: string,
  options: { sessionDate: string },
): Promise<ImportReport> {
  const { registrations, errors } = parseRegistrationsCsv(csvText, options);
  if (registrations.length > 0) {
    await store.transaction((tx) => tx.registrations.put(siteId, registrations));
  }
  return { imported: registrations.length, errors };
}
