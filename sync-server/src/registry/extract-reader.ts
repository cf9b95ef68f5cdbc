// The extract's records, streamed: csv-parse reads RFC 4180 (quotes, commas and line breaks inside
// quotes, a UTF-8 BOM) and we number the lines ourselves from each record's raw text, since
// csv-parse 7 counts a CRLF inside quotes as two lines. A broken quote ends the reading: from
// there csv-parse cannot tell rows apart, so the rest of the file is reported, not guessed at.
// Each record is parsed once and dropped once handled: memory does not grow with the file.
import { pipeline, type Readable } from 'node:stream';
import { parse } from 'csv-parse';

export type ExtractRecord =
  | { line: number; fields: string[] }
  /** Where the reading stopped, and why: nothing after `line` was read. */
  | { line: number; broken: string };

/**
 * A registry row is a few hundred bytes. The cap keeps a quote that is never closed from making
 * the parser hold the rest of the file as one field.
 */
const MAX_RECORD_BYTES = 64 * 1024;

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by text, not a comma or a line end',
  CSV_MAX_RECORD_SIZE: `a row longer than ${MAX_RECORD_BYTES / 1024} KB (a quote never closed?)`,
};

/** The line breaks inside a record (its own delimiter at the end left out). */
function innerBreaks(raw: string): number {
  return raw.replace(/[\r\n]+$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** The records of `input` with the line each starts on; empty lines are skipped. */
export async function* extractRecords(input: Readable): AsyncGenerator<ExtractRecord> {
  // On a broken quote csv-parse would fail the stream and drop the records it had parsed but we
  // had not read yet; skipping instead lets us read those, note how many came before the break,
  // and stop there.
  let broken: { after: number; why: string } | undefined;
  const parser = parse({
    bom: true,
    raw: true,
    relax_column_count: true,
    max_record_size: MAX_RECORD_BYTES,
    skip_records_with_error: true,
    on_skip: (err) => {
      broken ??= {
        after: parser.info.records,
        why: (err && CSV_PROBLEMS[err.code]) ?? err?.message ?? 'unreadable CSV',
      };
      return undefined;
    },
  });
  // pipeline, not pipe: a read error reaches the parser, and so the loop below.
  pipeline(input, parser, () => undefined);
  let line = 1;
  let records = 0;
  const stop = () => ({ line, broken: `${broken?.why}; the file was not read past this line` });
  for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
    if (broken?.after === records) {
      yield stop();
      return;
    }
    records += 1;
    const at = line;
    line += innerBreaks(raw) + 1;
    if (record.length === 1 && record[0] === '') continue;
    yield { line: at, fields: record };
  }
  if (broken?.after === records) yield stop();
}
