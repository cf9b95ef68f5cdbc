// The stored extract: registry persons by ID number; the blocking keys they are filed under are
// registry-blocks-repo.ts's. Look-ups by many ID numbers take them as one JSON parameter (in-json.ts).
import type { RegistryPerson } from '../../../src/domain/registry/types';
import type { DbHandle } from '../store/db-handle';
import type { RegistryPersonsTable } from '../store/schema';
import { inJson } from './in-json';
import { insertPieces } from './insert-pieces';
import { blockChanges, registryBlocksRepo, type BlockChanges } from './registry-blocks-repo';

function toRow(p: RegistryPerson, importedAt: string): RegistryPersonsTable {
  return {
    id_number: p.idNumber,
    full_name: p.fullName,
    dob: p.dob,
    sex: p.sex ?? null,
    province_code: p.provinceCode ?? null,
    commune_code: p.communeCode ?? null,
    phone: p.phone ?? null,
    imported_at: importedAt,
  };
}

function fromRow(r: RegistryPersonsTable): RegistryPerson {
  return {
    idNumber: r.id_number,
    fullName: r.full_name,
    dob: r.dob,
    ...(r.sex !== null && { sex: r.sex }),
    ...(r.province_code !== null && { provinceCode: r.province_code }),
    ...(r.commune_code !== null && { communeCode: r.commune_code }),
    ...(r.phone !== null && { phone: r.phone }),
  };
}

export interface StoredPerson {
  person: RegistryPerson;
  /** The start of the import that last wrote the row. */
  importedAt: string;
}

export function registryRepo(handle: DbHandle) {
  const { db } = handle;
  const rowsOf = (ids: readonly string[]): Promise<RegistryPersonsTable[]> =>
    db
      .selectFrom('registry_persons')
      .selectAll()
      .where('id_number', 'in', inJson(db, [...new Set(ids)]))
      .execute();

  /** Of these ID numbers, the stored persons, with the import that last wrote each. */
  const stored = async (ids: readonly string[]): Promise<Map<string, StoredPerson>> =>
    new Map(
      (await rowsOf(ids)).map((r) => [
        r.id_number,
        { person: fromRow(r), importedAt: r.imported_at },
      ]),
    );

  /**
   * Writes these persons (distinct ID numbers) over `before`, the stored rows of those of them
   * already stored; returns the blocking keys that changed, for the caller to file or stage.
   */
  const write = async (
    persons: readonly RegistryPerson[],
    importedAt: string,
    before: ReadonlyMap<string, RegistryPerson>,
  ): Promise<BlockChanges> => {
    await db
      .deleteFrom('registry_persons')
      .where('id_number', 'in', inJson(db, [...before.keys()]))
      .execute();
    await insertPieces(
      db,
      'registry_persons',
      persons.map((p) => toRow(p, importedAt)),
    );
    const changes: BlockChanges = { stale: [], added: [] };
    for (const p of persons) {
      const { stale, added } = blockChanges(p, before.get(p.idNumber));
      changes.stale.push(...stale);
      changes.added.push(...added);
    }
    return changes;
  };

  return {
    stored,
    write,

    /** Stores these persons (distinct ID numbers), replacing any stored ones, keys filed. */
    async replace(persons: readonly RegistryPerson[], importedAt: string): Promise<void> {
      const found = await stored(persons.map((p) => p.idNumber));
      const before = new Map([...found].map(([id, s]) => [id, s.person]));
      await registryBlocksRepo(handle).apply(await write(persons, importedAt, before));
    },

    async byIds(ids: readonly string[]): Promise<RegistryPerson[]> {
      return (await rowsOf(ids)).map(fromRow);
    },

    /** The ID numbers an import wrote (by its start time): whom a re-match must look at again. */
    async idsImportedAt(importedAt: string): Promise<string[]> {
      const rows = await db
        .selectFrom('registry_persons')
        .select('id_number')
        .where('imported_at', '=', importedAt)
        .orderBy('id_number')
        .execute();
      return rows.map((r) => r.id_number);
    },
  };
}
