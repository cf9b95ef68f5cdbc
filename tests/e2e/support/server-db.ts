// Read-only look into the e2e server's SQLite database: what the server really holds.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Registration } from '../../../src/domain/protocol';

function open() {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set (global setup did not run)');
  return new Database(path.join(dir, 'vax.sqlite'), { readonly: true });
}

export function serverRecordIds(siteId: string, type: string): string[] {
  const db = open();
  try {
    return db
      .prepare('select id from records where site_id = ? and type = ? order by id')
      .all(siteId, type)
      .map((row) => (row as { id: string }).id);
  } finally {
    db.close();
  }
}

/** Registered citizens with a 12-digit ID, none already checked in on the server. */
export function registrationsToCheckIn(
  siteId: string,
  count: number,
  offset: number,
): Registration[] {
  const db = open();
  try {
    return db
      .prepare('select body from registrations where site_id = ? order by id limit ? offset ?')
      .all(siteId, count * 3, offset)
      .map((row) => JSON.parse((row as { body: string }).body) as Registration)
      .filter((r) => r.citizen.id?.length === 12)
      .slice(0, count);
  } finally {
    db.close();
  }
}
