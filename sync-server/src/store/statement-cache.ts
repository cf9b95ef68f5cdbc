// Kysely prepares every query afresh. A pushed batch runs the same few statements each time, and
// compiling a 500-row INSERT (4,500 parameters) again for every batch was a tenth of SQLite's
// share of ingest; this keeps the most recently used prepared statements by their SQL text.
import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** Each `IN (…)` list length is its own text, so a batch's statements take a few dozen. */
const MAX_STATEMENTS = 256;

export function cachingStatements(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      const cached = cache.get(text);
      // A statement still being iterated (a streamed query) cannot run again until it is done.
      if (cached !== undefined && !cached.busy) {
        // Re-inserted so the Map's order is least recently used first.
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      if (cached === undefined) {
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}
