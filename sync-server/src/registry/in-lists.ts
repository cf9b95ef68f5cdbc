// The right-hand sides of `column in (…)` for a look-up by many values. On PostgreSQL, one: the
// values as one JSON parameter, unnested. Its text is the same for every count, so nothing is
// bound and parsed value by value (20,000 keys a batch), and the planner, which estimates a set
// function's rows instead of counting a literal list, probes the index for each value where a
// long IN list or `= any($1)` made it scan the whole table. On SQLite, IN lists under the
// parameter limit (store/chunks.ts), which it answers by probing the index for each value.
import { sql, type Expression, type Kysely } from 'kysely';
import { chunks } from '../store/chunks';
import { isPostgres } from '../store/open-postgres';
import type { Database } from '../store/schema';

export function inLists(
  db: Kysely<Database>,
  values: readonly string[],
): (readonly string[] | Expression<string>)[] {
  if (values.length === 0) return [];
  if (!isPostgres(db)) return chunks(values, 1);
  return [sql<string>`(select json_array_elements_text(${JSON.stringify(values)}::json))`];
}
