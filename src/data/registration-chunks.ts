// Registrations are stored 100 to an IndexedDB row. Each put/get is a round trip to the browser's
// storage process (~65 µs in Chromium here), so a pull of 200,000 single rows spends ~13 s on
// round trips alone; in chunks it takes under 1 s and a lookup stays under a millisecond
// (measured in Chromium on this machine). multiEntry indexes find a chunk by citizen ID or code.
//
// Chunks are append-only: a later version of a registration (or its deletion) lands in a newer
// chunk, and readers take the version in the chunk with the highest `seq`.
import { nameDobKey } from '../domain/name-key';
import type { Registration } from '../domain/protocol';
import type { RegistrationChunkRow, VaxDb } from './db';

export const CHUNK_SIZE = 100;

export function toChunks(
  puts: readonly Registration[],
  deletes: readonly string[],
): RegistrationChunkRow[] {
  const rows: RegistrationChunkRow[] = [];
  for (let i = 0; i < puts.length; i += CHUNK_SIZE) {
    const part = puts.slice(i, i + CHUNK_SIZE);
    rows.push({
      ids: part.map(requireId),
      deleted: [],
      citizenIds: part.flatMap((r) => (r.citizen?.id ? [r.citizen.id] : [])),
      codes: part.map((r) => r.code),
      nameDobKeys: part.map(keyOf.nameDobKeys),
      json: JSON.stringify(part),
    });
  }
  if (deletes.length > 0) {
    rows.push({
      ids: [],
      deleted: [...deletes],
      citizenIds: [],
      codes: [],
      nameDobKeys: [],
      json: '[]',
    });
  }
  return rows;
}

function requireId(r: Registration): string {
  if (typeof r?.id !== 'string' || r.id === '') throw new Error('registration without an id');
  return r.id;
}

/** The value each index holds for a registration. */
const keyOf = {
  citizenIds: (r: Registration) => r.citizen.id,
  codes: (r: Registration) => r.code,
  nameDobKeys: (r: Registration) => nameDobKey(r.citizen.fullName, r.citizen.dob),
} as const;

export type RegistrationIndex = keyof typeof keyOf;

const maxOf = (keys: (number | undefined)[]): number => Math.max(-1, ...keys.map((k) => k ?? -1));

/** The current version of one registration; undefined if unknown or deleted. */
async function latest(db: VaxDb, id: string): Promise<Registration | undefined> {
  const table = db.registrationChunks;
  const [putSeqs, deleteSeqs] = await Promise.all([
    table.where('ids').equals(id).primaryKeys(),
    table.where('deleted').equals(id).primaryKeys(),
  ]);
  const seq = maxOf(putSeqs);
  if (seq < 0 || maxOf(deleteSeqs) > seq) return undefined;
  const row = await table.get(seq);
  return row && parse(row).find((r) => r.id === id);
}

const parse = (row: RegistrationChunkRow): Registration[] => JSON.parse(row.json) as Registration[];

/** Current registrations whose citizen ID, code or nameDobKey is `value`. */
export async function findRegistrations(
  db: VaxDb,
  by: RegistrationIndex,
  value: string,
): Promise<Registration[]> {
  // An older version may match while the current one no longer does: re-check after `latest`.
  const matches = (r: Registration) => keyOf[by](r) === value;
  const rows = await db.registrationChunks.where(by).equals(value).toArray();
  const ids = new Set(
    rows.flatMap((row) =>
      parse(row)
        .filter(matches)
        .map((r) => r.id),
    ),
  );
  const current = await Promise.all([...ids].map((id) => latest(db, id)));
  return current.filter((r): r is Registration => r !== undefined && matches(r));
}

/** How many registrations are current (not deleted). Walks the id index: for diagnostics. */
export async function countRegistrations(db: VaxDb): Promise<number> {
  const table = db.registrationChunks;
  const [ids, deleted] = await Promise.all([
    table.orderBy('ids').uniqueKeys(),
    table.orderBy('deleted').uniqueKeys(),
  ]);
  const gone = await Promise.all(
    deleted.map(async (id) => (await latest(db, String(id))) === undefined),
  );
  const live = new Set(ids.map(String));
  deleted.forEach((id, i) => gone[i] && live.delete(String(id)));
  return live.size;
}
