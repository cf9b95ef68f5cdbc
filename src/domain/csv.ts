// A small RFC 4180 reader: comma-separated, fields optionally in double quotes ("" is a quote),
// quoted fields may hold commas and line breaks. Also accepts a UTF-8 BOM and LF-only or CR-only
// line ends, since spreadsheets export all of them.

export interface CsvRow {
  /** 1-based line of the file where the row starts (rows can span lines inside quotes). */
  line: number;
  fields: string[];
  /** Set when the row is malformed (an unclosed quote, or text right after a closing quote). */
  error?: string;
}

export function readCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let row: CsvRow = { line, fields: [] };
  let field = '';
  let i = 0;
  const endRow = (): void => {
    row.fields.push(field);
    field = '';
    // Blank lines separate nothing; skip them rather than report empty rows.
    if (row.fields.length > 1 || row.fields[0] !== '' || row.error !== undefined) rows.push(row);
    row = { line, fields: [] };
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && field === '') {
      const close = readQuoted(src, i + 1);
      field = close.value;
      line += close.newlines;
      i = close.end;
      if (close.end > src.length) row.error = 'Unclosed quote';
      else if (i < src.length && !',\r\n'.includes(src[i] ?? ''))
        row.error = 'Text after a closing quote';
      continue;
    }
    if (ch === ',') {
      row.fields.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      line++;
      endRow();
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || row.fields.length > 0 || row.error !== undefined) endRow();
  return rows;
}

/** Reads a quoted field starting after its opening quote; `end` is just past the closing quote. */
function readQuoted(src: string, start: number): { value: string; end: number; newlines: number } {
  let value = '';
  let newlines = 0;
  let i = start;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"') {
      if (src[i + 1] !== '"') return { value, end: i + 1, newlines };
      value += '"';
      i += 2;
      continue;
    }
    if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) newlines++;
    value += ch;
    i++;
  }
  return { value, end: src.length + 1, newlines };
}
