// The extract's records, streamed: csv-parse reads RFC 4180 (quotes, commas and line breaks inside
// quotes, a UTF-8 BOM) and we number the lines ourselves from each record's raw text, since
// csv-parse 7 counts a CRLF inside quotes as two lines. A broken quote ends the reading: from
// there csv-parse cannot tell rows apart, so the rest of the file is reported, not guessed at.
import { pipeline, type Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';

export type ExtractRecord =
  | { line: number; fields: string[] }
  /** Where the reading stopped, and why: nothing after `line` was read. */
  | { line: number; broken: string };

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by text, not a comma or a line end',
};

/** The line breaks inside a record (its own delimiter at the end left out). */
function innerBreaks(raw: string): number {
  return raw.replace(/[\r\n]+$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** The records of `input` with the line each starts on; empty lines are skipped. */
export async function* extractRecords(input: Readable): AsyncGenerator<ExtractRecord> {
  const parser = parse({ bom: true, raw: true, relax_column_count: true });
  // pipeline, not pipe: a read error reaches the parser, and so the loop below.
  pipeline(input, parser, () => undefined);
  let line = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{
      record: string[];
      raw: string;
    }>) {
      const at = line;
      line += innerBreaks(raw) + 1;
      if (record.length === 1 && record[0] === '') continue;
      yield { line: at, fields: record };
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const why = CSV_PROBLEMS[err.code] ?? err.message;
    yield { line, broken: `${why}; the file was not read past this line` };
  }
}
