// "The registry is wrong": an operator's note on a registry person's values, counted and exported
// for the registry's owners.
import { v7 as uuidv7 } from 'uuid';
import type { MatchField } from '../../../src/domain/registry/types';
import { inScope, type OperatorScope } from '../operators';
import type { DbHandle } from '../store/db-handle';
import type { RegistryNotesTable } from '../store/schema';

export interface NewNote {
  personKey: string;
  registryId: string;
  siteId: string;
  fields: readonly MatchField[];
  note: string;
  operatorId: string;
}

export function notesRepo({ db }: DbHandle) {
  return {
    async add(n: NewNote, at: Date): Promise<void> {
      await db
        .insertInto('registry_notes')
        .values({
          id: uuidv7(),
          person_key: n.personKey,
          registry_id: n.registryId,
          site_id: n.siteId,
          fields: n.fields.join(';'),
          note: n.note.normalize('NFC').trim(),
          operator_id: n.operatorId,
          at: at.toISOString(),
        })
        .execute();
    },

    /** The notes on persons of the scope's sites, newest first. */
    async list(scope: OperatorScope): Promise<RegistryNotesTable[]> {
      return db
        .selectFrom('registry_notes')
        .selectAll()
        .where(inScope('registry_notes.site_id', scope))
        .orderBy('at', 'desc')
        .execute();
    },
  };
}
