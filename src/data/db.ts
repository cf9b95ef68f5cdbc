// The tablet's IndexedDB schema, in one place. Each schema change is a new `db.version(n)`
// declaration kept below the previous ones; a version that reshapes existing rows adds an
// `.upgrade()`, e.g.
//   db.version(2).stores({ records: 'id, visitKey, type, occurredAt, [type+occurredAt], staffId' })
//     .upgrade((tx) => tx.table('outbox').toCollection().modify((row) => { row.attempts ??= 0; }));
// Old versions are never edited: tablets in the field may still be on any of them.
import Dexie, { type EntityTable } from 'dexie';
import type { FieldError, VaxRecord } from '../domain/records';
import type { DoseHistory, Lot, Staff } from '../domain/protocol';

export const DB_NAME = 'vax-checkin';

/** A record waiting for the server. Exists until the server answered accepted or duplicate. */
export interface OutboxRow {
  /** The record's id (the record itself lives in `records`). */
  id: string;
  /** UTC ISO time the record was confirmed; the outbox drains oldest first. */
  queuedAt: string;
  /** Failed pushes so far that included this record (diagnostics only). */
  attempts: number;
  /** UTF-8 size of the record's JSON, so batches stay under the server's byte limit. */
  bytes: number;
}

/** A record the server rejected; the record itself stays in `records`. */
export interface AttentionRow {
  id: string;
  errors: FieldError[];
  rejectedAt: string;
}

/** Up to 100 registrations in one row (see registration-chunks.ts for why and how). */
export interface RegistrationChunkRow {
  /** Auto-incremented: a higher seq holds a newer version. */
  seq?: number;
  /** Registrations put by this chunk (multiEntry index). */
  ids: string[];
  /** Registrations deleted by this chunk (multiEntry index). */
  deleted: string[];
  /** Citizen IDs as registered, 12-digit or old 9-digit alike (multiEntry index). */
  citizenIds: string[];
  codes: string[];
  /** nameDobKey() of each citizen, for people without a card (multiEntry index). */
  nameDobKeys: string[];
  /** The chunk's Registration[] as JSON text: one string clones far faster than nested objects. */
  json: string;
}

/** A certificate list as last pulled (src/sync/dcc-lists-pull.ts): the server's JSON text, read
 * as hostile input each time the verifier loads, and the ETag to revalidate it with. */
export interface DccListRow {
  name: 'trust-list' | 'revocation-list';
  json: string;
  etag?: string;
  /** UTC ISO time the server last answered for it (200 or 304). */
  checkedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type VaxDb = Dexie & {
  /** Every domain record known on this tablet: its own, and the site's records from others. */
  records: EntityTable<VaxRecord, 'id'>;
  outbox: EntityTable<OutboxRow, 'id'>;
  attention: EntityTable<AttentionRow, 'id'>;
  registrationChunks: EntityTable<RegistrationChunkRow, 'seq'>;
  lots: EntityTable<Lot, 'lot'>;
  staff: EntityTable<Staff, 'id'>;
  /** Pull cursor, last sync time and other small singletons. */
  meta: EntityTable<MetaRow, 'key'>;
  /** Citizens' doses and certificate status as the platform derived them (v2). */
  doseHistories: EntityTable<DoseHistory, 'citizenId'>;
  /** The certificate trust and revocation lists (v3). */
  dccLists: EntityTable<DccListRow, 'name'>;
};

export function openDb(name: string = DB_NAME): VaxDb {
  // Strict durability: a confirmed record must survive a power cut the moment the UI says saved.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as VaxDb;
  db.version(1).stores({
    records: 'id, visitKey, type, occurredAt, [type+occurredAt], data.citizen.id',
    outbox: 'id, queuedAt',
    attention: 'id, rejectedAt',
    registrationChunks: '++seq, *ids, *deleted, *citizenIds, *codes, *nameDobKeys',
    lots: 'lot',
    staff: 'id',
    meta: 'key',
  });
  // v2 (stations): the platform's dose histories; staff rows now carry a PIN verifier (no index).
  db.version(2).stores({ doseHistories: 'citizenId' });
  // v3 (certificates): the trust and revocation lists the desk verifies EU DCCs against.
  db.version(3).stores({ dccLists: 'name' });
  return db;
}
