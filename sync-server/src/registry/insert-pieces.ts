// insertRows in pieces of a fixed row count. Each row count is a statement of its own (its own SQL
// text, prepared and cached by SQLite's statement cache, up to 256 of them): batches whose counts
// vary (a batch's blocking keys, a batch's check-ins) made a new statement of thousands of
// parameters each time, compiled again and kept in that cache. In pieces, only the last
// one's count varies, and it is small.
import type { Kysely } from 'kysely';
import { insertRows } from '../store/insert-rows';
import type { Database } from '../store/schema';

const PIECE_ROWS = 1000;

export async function insertPieces(
  db: Kysely<Database>,
  table: keyof Database,
  rows: readonly object[],
  ignoreConflicts = false,
): Promise<void> {
  for (let i = 0; i < rows.length; i += PIECE_ROWS)
    await insertRows(db, table, rows.slice(i, i + PIECE_ROWS), ignoreConflicts);
}
