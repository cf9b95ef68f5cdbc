// Multi-row INSERTs whose SQL text does not change from batch to batch. Kysely's builder walks
// every value of every row to compile a query; for the 500-row inserts of a pushed batch that was
// an eighth of the SQLite writer thread's time, spent producing the same text again. On SQLite,
// Kysely compiles the statement for a given table, columns and row count once, and later batches
// only bind values; on PostgreSQL the rows go as one JSON parameter (see postgresSql).
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
 * PostgreSQL takes all the rows as ONE parameter, a JSON array that the server turns into rows of
 * the table's own type: the text is the same for every row count, and the server no longer parses
 * and plans a VALUES list of 500 rows × 11 parameters for every batch (in-process, a records
 * insert took 27 µs a row that way). Column names are the code's own, never input.
 */
function postgresSql(table: keyof Database, columns: string[], ignoreConflicts: boolean): string {
  const list = columns.map((c) => `"${c}"`).join(', ');
  const conflicts = ignoreConflicts ? ' on conflict do nothing' : '';
  return `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)${conflicts}`;
}

/**
 * Inserts `rows` (all with the same columns): on SQLite in as few statements as the parameter
 * limit allows, on PostgreSQL in one; with `ignoreConflicts`, rows whose key is already stored are
 * skipped.
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
  if (isPostgres(db)) {
    await db.executeQuery(
      CompiledQuery.raw(postgresSql(table, columns, ignoreConflicts), [JSON.stringify(rows)]),
    );
    return;
  }
  for (const chunk of chunks(rows, columns.length)) {
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const c of columns) params.push((row as Record<string, unknown>)[c] ?? null);
    }
    const text = sqlFor(db, table, columns, chunk.length, ignoreConflicts);
    await db.executeQuery(CompiledQuery.raw(text, params));
  }
}
