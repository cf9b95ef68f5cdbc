// `registry:report`: one CSV row per platform person, for checks made outside the platform
// (docs/registry.md). Columns exactly as the campaign's checkers read them; plain RFC 4180 with
// no BOM and no formula guard, since it is read by programs, not opened in a spreadsheet.
import { open } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { DbHandle } from '../store/db-handle';
import { matchesRepo } from './matches-repo';

export const REPORT_COLUMNS = [
  'person_key',
  'record_ids',
  'id_number',
  'full_name',
  'dob',
  'sex',
  'status',
  'registry_id',
  'differences',
] as const;

const PAGE = 5000;

/** Writes the report to `file`; resolves with the number of persons written. */
export async function writeRegistryReport(handle: DbHandle, file: string): Promise<number> {
  // Opened first, so a bad path fails before any row is read; a write error later stops the loop.
  const out = (await open(file, 'w')).createWriteStream();
  let failed: Error | undefined;
  out.on('error', (err) => (failed = err));
  const csv = stringify({ header: true, columns: [...REPORT_COLUMNS] });
  csv.pipe(out);
  let written = 0;
  for await (const rows of matchesRepo(handle).pages(PAGE)) {
    if (failed) throw failed;
    for (const r of rows) {
      const ok = csv.write([
        r.person_key,
        r.record_ids.join(' '),
        r.id_number ?? '',
        r.full_name,
        r.dob,
        r.sex ?? '',
        r.status,
        r.registry_id ?? '',
        r.differences,
      ]);
      if (!ok) await new Promise((resolve) => csv.once('drain', resolve));
      written += 1;
    }
  }
  csv.end();
  await finished(out);
  return written;
}
