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

/**
 * The server's records of the citizen's latest visit at the site, oldest first. The tablet dates
 * the visit by its own clock, which a test may have moved past midnight: ask, do not guess.
 */
export function serverVisitOf(
  siteId: string,
  citizenKey: string,
): { id: string; type: string; body: string }[] {
  const db = open();
  try {
    return db
      .prepare(
        `select id, type, body from records
         where visit_key = (select max(visit_key) from records where site_id = ? and visit_key like ?)
         order by occurred_at, id`,
      )
      .all(siteId, `${siteId}:%:${citizenKey}`) as { id: string; type: string; body: string }[];
  } finally {
    db.close();
  }
}

/** The doses the server derived for a citizen from all sites' injection records. */
export function serverDoses(citizenId: string): { vaccine: string; dose_number: number }[] {
  const db = open();
  try {
    return db
      .prepare('select vaccine, dose_number from citizen_doses where citizen_id = ? order by date')
      .all(citizenId) as { vaccine: string; dose_number: number }[];
  } finally {
    db.close();
  }
}

/**
 * The day the demo seed held its sessions for: most registrations are for that day, the rest for
 * the day after. Not "today": a run that started before midnight keeps its seed's day.
 */
export function seedDay(siteId: string): string {
  const days = allRegistrations(siteId).map((r) => r.sessionDate);
  return days.reduce((min, d) => (d < min ? d : min), days[0] ?? '');
}

/** Citizens of the seed day's session with a 12-digit ID and no earlier dose (next is dose 1). */
export function unvaccinatedRegistrations(siteId: string, count: number, offset: number) {
  const day = seedDay(siteId);
  return registrationsToCheckIn(siteId, count * 6, offset)
    .filter((r) => r.previousDoses.length === 0 && r.sessionDate === day)
    .slice(0, count);
}

/** The certificate status in the latest dose history the server published for a citizen. */
export function serverCertificate(citizenId: string): string | undefined {
  const db = open();
  try {
    const row = db
      .prepare(
        "select data from changes where entity = 'dose-history' and key = ? order by seq desc limit 1",
      )
      .get(citizenId) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as { certificate: string }).certificate : undefined;
  } finally {
    db.close();
  }
}

/** Every registration of the site (to pick people by what their history makes them). */
export function allRegistrations(siteId: string): Registration[] {
  const db = open();
  try {
    return db
      .prepare('select body from registrations where site_id = ? order by id')
      .all(siteId)
      .map((row) => JSON.parse((row as { body: string }).body) as Registration);
  } finally {
    db.close();
  }
}
