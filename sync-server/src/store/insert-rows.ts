// Multi-row INSERTs whose SQL text is compiled once per shape. Kysely's builder walks every value
// of every row to compile a query; for the 500-row inserts of a pushed batch that was an eighth of
// the SQLite writer thread's time, spent producing the same text again. Here Kysely compiles the
// statement for a given table, columns and row count once, and later batches only bind values.
import { CompiledQuery, type Kysely } from 'kysely';
import { chunks } from './chunks';
import { isPostgres } from './open-postgres';
import type { Database } from './schema';

/** Shapes seen: per dialect, table, column list and row count (a batch's last chunk varies). */
const MAX_SHAPES = 512;
const compiled = new Map<string, string>();

function sqlFor(
  db: Kysely<Database>,
  table: keyof Database,
  columns: string[],
  count: number,
  ignoreConflicts: boolean,
): string {
  // Placeholders differ by dialect (? or $1), and one process may talk to both (bench:load).
  const key = `${isPostgres(db)}|${table}|${columns.join(',')}|${count}|${ignoreConflicts}`;
  let text = compiled.get(key);
  if (text === undefined) {
    const sample = Object.fromEntries(columns.map((c) => [c, null]));
    const query = db.insertInto(table).values(Array.from({ length: count }, () => sample) as never);
    text = (ignoreConflicts ? query.onConflict((oc) => oc.doNothing()) : query).compile().sql;
    if (compiled.size >= MAX_SHAPES) compiled.clear();
    compiled.set(key, text);
  }
  return text;
}

/**
 * Inserts `rows` (all with the same columns) in as few statements as the parameter limit allows;
 * with `ignoreConflicts`, rows whose key is already stored are skipped.
 */
export async function insertRows(
  db: Kysely<Database>,
  table: keyof Database,
  rows: readonly object[],
  ignoreConflicts = false,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  for (const chunk of chunks(rows, columns.length)) {
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const c of columns) params.push((row as Record<string, unknown>)[c] ?? null);
    }
    const text = sqlFor(db, table, columns, chunk.length, ignoreConflicts);
    await db.executeQuery(CompiledQuery.raw(text, params));
  }
}
