// What an operator does with the work-queue (docs/registry.md, "Work-queue"): accept the
// registry's values for one person or for every person of a filter, choose a candidate, rule one
// out, or note that the registry is wrong. Each acts only on persons in the operator's scope,
// leaves an audit row, and matches the person again at once so the queue shows the outcome.
import type { MatchField } from '../../../src/domain/registry/types';
import type { Operator } from '../operators';
import type { Store } from '../store/store';
import { auditRepo, type AuditEntry } from './audit-repo';
import { checkinReader } from './checkin-reader';
import { decisionsRepo } from './decisions-repo';
import { matchesRepo } from './matches-repo';
import { notesRepo } from './notes-repo';
import { correctToRegistry, type ToCorrect } from './registry-corrections';
import { refreshPersons } from './refresh-persons';
import type { RegistrySource } from './source';
import { countWork, workQuery, type WorkFilter } from './work-filter';

export type ActionOutcome =
  | { ok: true; corrected: number }
  | { ok: false; reason: 'not-found' | 'nothing-to-accept' | 'count-changed'; count?: number };

const NOT_FOUND: ActionOutcome = { ok: false, reason: 'not-found' };

/** How many persons one bulk accept may correct: past it, narrow the filter. */
export const BULK_ACCEPT_MAX = 5000;

export function registryActions(store: Store, source: RegistrySource) {
  const audit = (who: Operator, entries: readonly Omit<AuditEntry, 'operatorId'>[]) =>
    auditRepo(store).record(
      entries.map((e) => ({ ...e, operatorId: who.id })),
      new Date(),
    );

  /** The person's row, if in the operator's scope. */
  const inScope = (who: Operator, personKey: string) =>
    workQuery(store, who.scope, {})
      .where('person_key', '=', personKey)
      .select(['person_key', 'registry_id', 'site_id', 'status', 'detail'])
      .executeTakeFirst();

  async function accept(
    rows: readonly { person_key: string; registry_id: string | null }[],
    who: Operator,
    now: Date,
  ): Promise<number> {
    const withRegistry = rows.filter((r) => r.registry_id !== null);
    const registry = new Map(
      (await source.byIds(withRegistry.map((r) => r.registry_id!))).map((p) => [p.idNumber, p]),
    );
    const items: ToCorrect[] = [];
    for (const row of withRegistry) {
      const person = registry.get(row.registry_id!);
      if (person === undefined) continue;
      const ids = await matchesRepo(store).recordIdsOf([row.person_key]);
      for (const checkin of await checkinReader(store).byIds(ids)) {
        items.push({ checkin, registry: person });
      }
    }
    const corrected = await correctToRegistry(store, items, who.name, now);
    if (corrected.length > 0) await refreshPersons(store, source, { checkinIds: corrected });
    return corrected.length;
  }

  return {
    async acceptRegistryValues(
      who: Operator,
      personKey: string,
      now: Date,
    ): Promise<ActionOutcome> {
      const row = await inScope(who, personKey);
      if (row === undefined) return NOT_FOUND;
      if (row.registry_id === null || row.status === 'ambiguous' || row.status === 'not-found')
        return { ok: false, reason: 'nothing-to-accept' };
      const corrected = await accept([row], who, now);
      await audit(who, [{ action: 'accept', personKey, registryId: row.registry_id }]);
      return corrected === 0 ? { ok: false, reason: 'nothing-to-accept' } : { ok: true, corrected };
    },

    /** Accepts for every mismatch of the filter, if there are still `expectedCount` of them. */
    async bulkAccept(
      who: Operator,
      filter: WorkFilter,
      expectedCount: number,
      now: Date,
    ): Promise<ActionOutcome> {
      const only = { ...filter, status: 'mismatch' as const };
      const count = await countWork(store, who.scope, only);
      if (count !== expectedCount || count > BULK_ACCEPT_MAX)
        return { ok: false, reason: 'count-changed', count };
      const rows = await workQuery(store, who.scope, only)
        .select(['person_key', 'registry_id'])
        .execute();
      const corrected = await accept(rows, who, now);
      await audit(who, [
        { action: 'bulk-accept', detail: JSON.stringify({ filter: only, persons: count }) },
        ...rows.map((r) => ({
          action: 'accept' as const,
          personKey: r.person_key,
          registryId: r.registry_id ?? undefined,
        })),
      ]);
      return { ok: true, corrected };
    },

    async chooseCandidate(
      who: Operator,
      personKey: string,
      registryId: string,
      now: Date,
    ): Promise<ActionOutcome> {
      return decide(who, personKey, registryId, 'chosen', now);
    },

    async ruleOut(
      who: Operator,
      personKey: string,
      registryId: string,
      now: Date,
    ): Promise<ActionOutcome> {
      return decide(who, personKey, registryId, 'ruled-out', now);
    },

    async noteRegistryWrong(
      who: Operator,
      personKey: string,
      { fields, note }: { fields: readonly MatchField[]; note: string },
      now: Date,
    ): Promise<ActionOutcome> {
      const row = await inScope(who, personKey);
      if (row === undefined || row.registry_id === null) return NOT_FOUND;
      const { registry_id: registryId, site_id: siteId } = row;
      await notesRepo(store).add(
        { personKey, registryId, siteId, fields, note, operatorId: who.id },
        now,
      );
      await audit(who, [
        {
          action: 'registry-wrong',
          personKey,
          registryId: row.registry_id,
          detail: fields.join(';'),
        },
      ]);
      return { ok: true, corrected: 0 };
    },
  };

  async function decide(
    who: Operator,
    personKey: string,
    registryId: string,
    decision: 'chosen' | 'ruled-out',
    now: Date,
  ): Promise<ActionOutcome> {
    const row = await inScope(who, personKey);
    if (row === undefined) return NOT_FOUND;
    // Only a registry person the match offered (the match or a candidate) can be decided on.
    const offered = new Set([
      row.registry_id,
      ...(JSON.parse(row.detail) as { candidates: { registryId: string }[] }).candidates.map(
        (c) => c.registryId,
      ),
    ]);
    if (!offered.has(registryId)) return NOT_FOUND;
    await decisionsRepo(store).decide(personKey, registryId, decision, who.id, now);
    await audit(who, [
      { action: decision === 'chosen' ? 'choose' : 'rule-out', personKey, registryId },
    ]);
    await refreshPersons(store, source, { personKeys: [personKey] });
    return { ok: true, corrected: 0 };
  }
}

export type RegistryActions = ReturnType<typeof registryActions>;
