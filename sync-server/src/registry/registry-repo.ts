// The stored extract: registry persons by ID number and the blocking keys they are filed under.
// IN lists are split (store/chunks.ts) so no statement passes the database's parameter limit.
import { registryBlockKeys } from '../../../src/domain/registry/blocking';
import type { RegistryPerson } from '../../../src/domain/registry/types';
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';
import { insertRows } from '../store/insert-rows';
import type { RegistryPersonsTable } from '../store/schema';

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

export function registryRepo({ db }: DbHandle) {
  return {
    /** Of these ID numbers, the stored ones, with the start of the import that last wrote each. */
    async importedAt(ids: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (const part of chunks(ids, 1)) {
        const rows = await db
          .selectFrom('registry_persons')
          .select(['id_number', 'imported_at'])
          .where('id_number', 'in', part)
          .execute();
        for (const r of rows) found.set(r.id_number, r.imported_at);
      }
      return found;
    },

    /**
     * Stores these persons (distinct ID numbers). `stored` are those of them already stored: their
     * rows and keys are replaced.
     */
    async replace(
      persons: readonly RegistryPerson[],
      importedAt: string,
      stored: readonly string[] = persons.map((p) => p.idNumber),
    ): Promise<void> {
      for (const part of chunks(stored, 1)) {
        await db.deleteFrom('registry_blocks').where('id_number', 'in', part).execute();
        await db.deleteFrom('registry_persons').where('id_number', 'in', part).execute();
      }
      await insertRows(
        db,
        'registry_persons',
        persons.map((p) => toRow(p, importedAt)),
      );
      const blocks = persons.flatMap((p) =>
        registryBlockKeys(p).map((key) => ({ key, id_number: p.idNumber })),
      );
      await insertRows(db, 'registry_blocks', blocks);
    },

    async byIds(ids: readonly string[]): Promise<RegistryPerson[]> {
      const persons: RegistryPerson[] = [];
      for (const part of chunks([...new Set(ids)], 1)) {
        const rows = await db
          .selectFrom('registry_persons')
          .selectAll()
          .where('id_number', 'in', part)
          .execute();
        persons.push(...rows.map(fromRow));
      }
      return persons;
    },

    /** The ID numbers filed under each of these keys (keys nobody is filed under are absent). */
    async idsByKey(keys: readonly string[]): Promise<Map<string, string[]>> {
      const byKey = new Map<string, string[]>();
      for (const part of chunks(keys, 1)) {
        const rows = await db
          .selectFrom('registry_blocks')
          .select(['key', 'id_number'])
          .where('key', 'in', part)
          .execute();
        for (const r of rows) {
          const ids = byKey.get(r.key);
          if (ids) ids.push(r.id_number);
          else byKey.set(r.key, [r.id_number]);
        }
      }
      return byKey;
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
