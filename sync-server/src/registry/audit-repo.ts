// Every view of registry data and every action on a match, with who and when (docs/registry.md,
// "Privacy"): the registry holds the population, so each look at it leaves a trace.
import { v7 as uuidv7 } from 'uuid';
import type { DbHandle } from '../store/db-handle';
import type { RegistryAuditTable } from '../store/schema';

export type AuditAction =
  | 'view-list'
  | 'view-person'
  | 'export'
  | 'accept'
  | 'bulk-accept'
  | 'choose'
  | 'rule-out'
  | 'registry-wrong';

export interface AuditEntry {
  operatorId: string;
  action: AuditAction;
  personKey?: string;
  registryId?: string;
  /** What else says what happened: a filter, a count, a note. */
  detail?: string;
}

export function auditRepo({ db }: DbHandle) {
  return {
    async record(entries: readonly AuditEntry[], at: Date): Promise<void> {
      if (entries.length === 0) return;
      const rows: RegistryAuditTable[] = entries.map((e) => ({
        id: uuidv7(),
        at: at.toISOString(),
        operator_id: e.operatorId,
        action: e.action,
        person_key: e.personKey ?? null,
        registry_id: e.registryId ?? null,
        detail: e.detail ?? null,
      }));
      for (let i = 0; i < rows.length; i += 2000)
        await db
          .insertInto('registry_audit')
          .values(rows.slice(i, i + 2000))
          .execute();
    },

    /** The trail of one person, newest first. */
    async ofPerson(personKey: string): Promise<RegistryAuditTable[]> {
      return db
        .selectFrom('registry_audit')
        .selectAll()
        .where('person_key', '=', personKey)
        .orderBy('at', 'desc')
        .execute();
    },
  };
}
