// The prepared-statement cache under Kysely's SQLite dialect: reused by SQL text, bounded, and
// never handing out a statement that is still being iterated.
import SqliteDatabase from 'better-sqlite3';
import { expect, it } from 'vitest';
import { cachingStatements } from '../../../sync-server/src/store/statement-cache';

const sqlite = new SqliteDatabase(':memory:');
const db = cachingStatements(sqlite);

it('prepares each SQL text once and runs it with new parameters each time', () => {
  const select = db.prepare('select ? + 1 as n');
  expect(db.prepare('select ? + 1 as n')).toBe(select);
  expect(select.all([1])).toEqual([{ n: 2 }]);
  expect(db.prepare('select ? + 1 as n').all([41])).toEqual([{ n: 42 }]);
});

it('keeps at most 256 statements, dropping the least recently used', () => {
  const first = db.prepare('select 0 as n');
  const kept = db.prepare('select 1 as n');
  for (let i = 2; i <= 256; i++) {
    db.prepare(`select ${i} as n`);
    if (i % 50 === 0) db.prepare('select 1 as n'); // used again: stays
  }
  expect(db.prepare('select 1 as n')).toBe(kept);
  expect(db.prepare('select 0 as n')).not.toBe(first);
});

it('gives a fresh statement while the cached one is mid-iteration', () => {
  const text = 'select value from json_each(?)';
  const iterating = db.prepare(text);
  const rows = iterating.iterate(['[1,2,3]']) as IterableIterator<{ value: number }>;
  expect(rows.next().value).toEqual({ value: 1 });
  const other = db.prepare(text);
  expect(other).not.toBe(iterating);
  expect(other.all(['[7]'])).toEqual([{ value: 7 }]);
  rows.return?.();
  expect(db.prepare(text)).toBe(iterating);
});
