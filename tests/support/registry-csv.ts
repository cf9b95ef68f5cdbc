// The registry's extract as a file (issue 19, point 1): CSV, UTF-8, RFC 4180, a header row,
// columns in any order, sex as M/F or Nam/Nữ, empty cells for unknown optional values. Lines come
// one at a time so a bench can stream a million persons to disk.
//
//   await writeFile(path, registryCsv(corpus.registry, { columns: shuffled, bom: true }));
import type { RegistryPerson } from '../../src/domain/registry/types';

export const EXTRACT_COLUMNS = [
  'id_number',
  'full_name',
  'dob',
  'sex',
  'province_code',
  'commune_code',
  'phone',
] as const;
export type ExtractColumn = (typeof EXTRACT_COLUMNS)[number];

export interface ExtractOptions {
  /** The columns and their order; the issue's order by default. */
  columns?: readonly ExtractColumn[];
  /** "M"/"F" (default) or the Vietnamese "Nam"/"Nữ". */
  sexStyle?: 'letter' | 'vietnamese';
  /** Start with a UTF-8 byte order mark, as spreadsheets write. */
  bom?: boolean;
  /** Line end, CRLF by default (RFC 4180). */
  eol?: '\r\n' | '\n';
}

const cell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

function value(
  p: RegistryPerson,
  column: ExtractColumn,
  sexStyle: ExtractOptions['sexStyle'],
): string {
  switch (column) {
    case 'id_number':
      return p.idNumber;
    case 'full_name':
      return p.fullName;
    case 'dob':
      return p.dob;
    case 'sex':
      if (p.sex === undefined) return '';
      return sexStyle === 'vietnamese' ? (p.sex === 'M' ? 'Nam' : 'Nữ') : p.sex;
    case 'province_code':
      return p.provinceCode ?? '';
    case 'commune_code':
      return p.communeCode ?? '';
    case 'phone':
      return p.phone ?? '';
  }
}

/** The extract's lines, header first, each ending with the line end. */
export function* registryCsvLines(
  persons: Iterable<RegistryPerson>,
  options: ExtractOptions = {},
): Generator<string> {
  const columns = options.columns ?? EXTRACT_COLUMNS;
  const eol = options.eol ?? '\r\n';
  yield `${options.bom === true ? '\uFEFF' : ''}${columns.join(',')}${eol}`;
  for (const p of persons)
    yield columns.map((c) => cell(value(p, c, options.sexStyle))).join(',') + eol;
}

export function registryCsv(
  persons: Iterable<RegistryPerson>,
  options: ExtractOptions = {},
): string {
  return [...registryCsvLines(persons, options)].join('');
}
