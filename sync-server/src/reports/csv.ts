// CSV downloads of the report tables: RFC 4180, CRLF, UTF-8 with a BOM so Excel (what provincial
// offices open them with) shows Vietnamese letters rather than mojibake. A text cell that a
// spreadsheet might run as a formula is prefixed with a quote. Numbers are written as numbers and
// never prefixed, so counts (and a negative one) stay numbers in the sheet.

export type Cell = string | number;

/**
 * What a spreadsheet may read as the start of a formula: = + - @, the full-width forms some
 * spreadsheets also accept (＝ ＋ － ＠), and the blanks and separators it skips or splits on before
 * one (space, tab, CR, LF, `;`).
 */
const FORMULA = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20 \t\r\n;]/;

export function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name safe in a Content-Disposition header. */
export function csvFileName(base: string, from: string, to: string): string {
  return `${base}_${from}_${to}.csv`.replace(/[^A-Za-z0-9_.-]/g, '_');
}
