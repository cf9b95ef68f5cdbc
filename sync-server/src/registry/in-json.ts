// The right-hand side of `column in (…)` for a look-up by many values: the values as ONE JSON
// parameter, unnested by the database (json_each on SQLite, json_array_elements_text on
// PostgreSQL). The text is the same whatever the count: nothing is bound value by value (20,000
// keys a batch of candidates), SQLite's statement cache keeps one statement instead of one per
// list length (it keeps up to 256, and a prepared 20,000-parameter statement is large),
// and both planners probe the index once per value (PostgreSQL scanned the whole table for a long
// IN list or `= any($1)`, since it counts those values but estimates a set function's few rows).
import { sql, type Expression, type Kysely } from 'kysely';
import { isPostgres } from '../store/open-postgres';
import type { Database } from '../store/schema';

export function inJson(db: Kysely<Database>, values: readonly string[]): Expression<string> {
  const json = JSON.stringify(values);
  return isPostgres(db)
    ? sql<string>`(select json_array_elements_text(${json}::json))`
    : sql<string>`(select value from json_each(${json}))`;
}
