// The extract's header row: columns in any order, names trimmed and compared case-insensitively,
// unknown columns ignored. A required column missing (or one named twice) stops the import before
// any row is read.
import { ExtractFileError } from './extract-file-error';

/** Columns every extract must have; their values may still be empty where a row allows it. */
export const REQUIRED_COLUMNS = ['id_number', 'full_name', 'dob', 'sex', 'province_code'] as const;
export const OPTIONAL_COLUMNS = ['commune_code', 'phone'] as const;

export type ColumnName = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
/** Where each known column sits in a row (optional columns may be absent). */
export type ColumnIndex = Partial<Record<ColumnName, number>>;

const KNOWN: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

export function readHeader(header: readonly string[]): ColumnIndex {
  const index: ColumnIndex = {};
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!KNOWN.includes(name)) return;
    if (index[name as ColumnName] !== undefined)
      throw new ExtractFileError(`the header names column ${name} twice`);
    index[name as ColumnName] = i;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length > 0) {
    throw new ExtractFileError(
      `the header lacks required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ` +
        `(it has: ${header.map((h) => h.trim()).join(', ')}); nothing imported`,
    );
  }
  return index;
}
