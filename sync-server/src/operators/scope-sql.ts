// An operator's scope as SQL: the one place it becomes a condition, so no report or work-queue
// query can forget it.
import { sql, type RawBuilder } from 'kysely';
import type { OperatorScope } from './scope';

/** `column` (a site id column) restricted to the sites the scope may see. */
export function inScope(column: string, scope: OperatorScope): RawBuilder<boolean> {
  const col = sql.ref(column);
  if (scope.kind === 'site') return sql<boolean>`${col} = ${scope.siteId}`;
  if (scope.kind === 'province') {
    return sql<boolean>`${col} in (select id from sites where province = ${scope.province})`;
  }
  return sql<boolean>`1 = 1`;
}

/**
 * As inScope, for a table read through an index that starts with site and day: nationally too
 * it names the sites, or SQLite would scan the whole table for the days. Not for reads by id,
 * where that would tempt SQLite away from the primary key.
 */
export function siteKeyInScope(column: string, scope: OperatorScope): RawBuilder<boolean> {
  return scope.kind === 'national'
    ? sql<boolean>`${sql.ref(column)} in (select id from sites)`
    : inScope(column, scope);
}
