// `registry:import`: the registry's extract streamed into registry_persons and registry_blocks.
// The file is read record by record and written in batches (import-batches.ts), each one
// transaction that upserts by ID number, drops the person's stale blocking keys and stages its new
// ones; the end files the staged keys in key order (registry-blocks-repo.ts). Memory stays bounded
// whatever the size and nothing of the file is kept but the rows. Every row written carries the
// import's start time.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Store } from '../store/store';
import { readHeader, type ColumnIndex } from './extract-columns';
import { ExtractFileError } from './extract-file-error';
import { extractRecords } from './extract-reader';
import { readRow, type Refusal } from './extract-row';
import { fileStaged, writeBatch, type Pending } from './import-batches';

/** Rows per transaction: large enough that commits cost little, small enough to hold in memory. */
export const IMPORT_BATCH_ROWS = 5000;
/** Refusals kept for the report; past it they are only counted (a wrong file refuses every row). */
export const REFUSALS_KEPT = 1000;

export interface ImportReport {
  /** Data rows read (the header and empty lines are not rows). */
  read: number;
  inserted: number;
  updated: number;
  /** The first REFUSALS_KEPT refusals, in the order found. */
  refused: Refusal[];
  refusedCount: number;
  /** Persons written: whom a re-match must look at (registryRepo.idsImportedAt(startedAt)). */
  touched: number;
  /** The import's start (ISO 8601 UTC), stored as `imported_at` on every row it wrote. */
  startedAt: string;
}

export interface ImportOptions {
  /** Today in Vietnam (`YYYY-MM-DD`): no one is born after it. */
  today: string;
  now?: Date;
  /**
   * Told the bytes read so far and the file's size: after each batch, every IMPORT_BATCH_ROWS rows
   * read however many were refused, and at the end.
   */
  onProgress?: (bytesRead: number, size: number) => void;
}

async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isFile()) return info.size;
  } catch {
    // Said below, as for a folder.
  }
  throw new ExtractFileError(`cannot read ${file}`);
}

export async function importExtract(
  store: Store,
  file: string,
  options: ImportOptions,
): Promise<ImportReport> {
  const size = await fileSize(file);
  const startedAt = (options.now ?? new Date()).toISOString();
  const report: ImportReport = {
    read: 0,
    inserted: 0,
    updated: 0,
    refused: [],
    refusedCount: 0,
    touched: 0,
    startedAt,
  };
  const refuse = (r: Refusal) => {
    report.refusedCount += 1;
    if (report.refused.length < REFUSALS_KEPT) report.refused.push(r);
  };
  // Keys an import that was stopped left staged go first, so none is ever left unfiled.
  await fileStaged(store);
  const input = createReadStream(file);
  const batch = new Map<string, Pending>();

  let sinceProgress = 0;
  const progress = () => {
    sinceProgress = 0;
    options.onProgress?.(input.bytesRead, size);
  };
  const flush = async () => {
    const written = await writeBatch(store, [...batch.values()], startedAt);
    batch.clear();
    for (const { line } of written.repeated)
      refuse({ line, column: 'id_number', reason: 'repeats an earlier row; the first is kept' });
    report.inserted += written.inserted;
    report.updated += written.updated;
    progress();
  };

  let header: ColumnIndex | undefined;
  let width = 0;
  for await (const record of extractRecords(input)) {
    if ('broken' in record) {
      if (header === undefined) throw new ExtractFileError(`line 1: ${record.broken}`);
      refuse({ line: record.line, reason: record.broken });
      continue;
    }
    if (header === undefined) {
      header = readHeader(record.fields);
      width = record.fields.length;
      continue;
    }
    report.read += 1;
    const row = readRow(record.fields, record.line, header, width, options.today);
    if ('reason' in row) refuse(row);
    else if (batch.has(row.idNumber))
      refuse({
        line: record.line,
        column: 'id_number',
        reason: `repeats line ${batch.get(row.idNumber)?.line}; the first is kept`,
      });
    else batch.set(row.idNumber, { line: record.line, person: row });
    sinceProgress += 1;
    if (batch.size >= IMPORT_BATCH_ROWS) await flush();
    else if (sinceProgress >= IMPORT_BATCH_ROWS) progress();
  }
  if (header === undefined) throw new ExtractFileError(`${file} is empty: no header row`);
  if (batch.size > 0) await flush();
  await fileStaged(store, { tidy: true });
  progress();
  report.touched = report.inserted + report.updated;
  return report;
}
