// Operators' decisions about matches (the work-queue): a registry person chosen for a platform
// person, or ruled out for it. Matching honours them at every later run.
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';

export interface Decisions {
  /** personKey → the registry person chosen for it. */
  chosen: Map<string, string>;
  /** personKey → the registry persons ruled out for it. */
  ruledOut: Map<string, Set<string>>;
}

export function decisionsRepo({ db }: DbHandle) {
  return {
    async of(personKeys: readonly string[]): Promise<Decisions> {
      const decisions: Decisions = { chosen: new Map(), ruledOut: new Map() };
      for (const chunk of chunks(personKeys, 1)) {
        const rows = await db
          .selectFrom('registry_decisions')
          .selectAll()
          .where('person_key', 'in', chunk)
          .execute();
        for (const r of rows) {
          if (r.decision === 'chosen') decisions.chosen.set(r.person_key, r.registry_id);
          else {
            const set = decisions.ruledOut.get(r.person_key) ?? new Set();
            decisions.ruledOut.set(r.person_key, set.add(r.registry_id));
          }
        }
      }
      return decisions;
    },

    /** Records a decision; choosing one registry person replaces an earlier choice. */
    async decide(
      personKey: string,
      registryId: string,
      decision: 'chosen' | 'ruled-out',
      operatorId: string,
      at: Date,
    ): Promise<void> {
      if (decision === 'chosen')
        await db
          .deleteFrom('registry_decisions')
          .where('person_key', '=', personKey)
          .where('decision', '=', 'chosen')
          .execute();
      await db
        .deleteFrom('registry_decisions')
        .where('person_key', '=', personKey)
        .where('registry_id', '=', registryId)
        .execute();
      await db
        .insertInto('registry_decisions')
        .values({
          person_key: personKey,
          registry_id: registryId,
          decision,
          operator_id: operatorId,
          at: at.toISOString(),
        })
        .execute();
    },
  };
}
