// Which platform person each check-in belongs to (registry_person_records): written with the
// person's match, dropped when a check-in leaves every person, read both ways.
import type { PlatformPerson } from '../../../src/domain/registry/types';
import type { DbHandle } from '../store/db-handle';
import { inJson } from './in-json';
import { insertPieces } from './insert-pieces';

export function matchLinksRepo({ db }: DbHandle) {
  const keysWhere = async (
    column: 'record_id' | 'person_key',
    values: readonly string[],
  ): Promise<{ record_id: string; person_key: string }[]> => {
    return db
      .selectFrom('registry_person_records')
      .select(['record_id', 'person_key'])
      .where(column, 'in', inJson(db, values))
      .execute();
  };
  const unlinkWhere = async (column: 'record_id' | 'person_key', values: readonly string[]) => {
    await db
      .deleteFrom('registry_person_records')
      .where(column, 'in', inJson(db, values))
      .execute();
  };

  return {
    /** Links each person's check-ins to it, taking them from any other person. */
    async link(persons: readonly PlatformPerson[]): Promise<void> {
      const links = persons.flatMap((p) =>
        p.recordIds.map((id) => ({ record_id: id, person_key: p.personKey })),
      );
      await unlinkWhere(
        'record_id',
        links.map((l) => l.record_id),
      );
      await insertPieces(db, 'registry_person_records', links);
    },

    /** Drops the links of these check-ins; `link` links those that still belong to a person. */
    unlink: (recordIds: readonly string[]) => unlinkWhere('record_id', recordIds),

    /** Drops every link of these persons. */
    unlinkPersons: (personKeys: readonly string[]) => unlinkWhere('person_key', personKeys),

    /** The persons these check-ins belong to now. */
    async personKeysOf(recordIds: readonly string[]): Promise<string[]> {
      return [...new Set((await keysWhere('record_id', recordIds)).map((r) => r.person_key))];
    },

    /** The check-ins of these persons. */
    async recordIdsOf(personKeys: readonly string[]): Promise<string[]> {
      return (await keysWhere('person_key', personKeys)).map((r) => r.record_id);
    },

    /** The check-ins of these persons, by person, each list in id order. */
    async recordIdsByPerson(personKeys: readonly string[]): Promise<Map<string, string[]>> {
      const ids = new Map<string, string[]>();
      for (const l of await keysWhere('person_key', personKeys)) {
        const list = ids.get(l.person_key);
        if (list) list.push(l.record_id);
        else ids.set(l.person_key, [l.record_id]);
      }
      for (const list of ids.values()) list.sort();
      return ids;
    },
  };
}
