// What matching found, stored: one row per platform person, the check-ins each is made of, and
// the change-feed seq the background matcher has read up to (docs/registry.md).
import type { MatchResult, MatchStatus, PlatformPerson } from '../../../src/domain/registry/types';
import { inScope, type OperatorScope } from '../operators';
import { chunks } from '../store/chunks';
import type { DbHandle } from '../store/db-handle';
import type { RegistryMatchesTable } from '../store/schema';

export interface PersonMatch {
  person: PlatformPerson;
  /** The site of the person's latest check-in: whose operators see the row. */
  siteId: string;
  result: MatchResult;
}

const toRow = ({ person, siteId, result }: PersonMatch, at: string): RegistryMatchesTable => {
  const { status, registryId, differences, ...detail } = result;
  return {
    person_key: person.personKey,
    id_number: person.idNumber ?? null,
    full_name: person.fullName,
    dob: person.dob,
    sex: person.sex ?? null,
    province_code: person.provinceCode ?? null,
    site_id: siteId,
    status,
    registry_id: registryId ?? null,
    differences: differences.join(';'),
    detail: JSON.stringify(detail),
    matched_at: at,
  };
};

export function matchesRepo({ db }: DbHandle) {
  const keysWhere = async (
    column: 'record_id' | 'person_key',
    values: readonly string[],
  ): Promise<{ record_id: string; person_key: string }[]> => {
    const rows = [];
    for (const chunk of chunks(values, 1)) {
      rows.push(
        ...(await db
          .selectFrom('registry_person_records')
          .select(['record_id', 'person_key'])
          .where(column, 'in', chunk)
          .execute()),
      );
    }
    return rows;
  };

  return {
    /** Stores each person's match and the check-ins it is made of, replacing what was there. */
    async put(matches: readonly PersonMatch[], at: Date): Promise<void> {
      const rows = matches.map((m) => toRow(m, at.toISOString()));
      for (const chunk of chunks(rows, 12)) {
        await db
          .insertInto('registry_matches')
          .values(chunk)
          .onConflict((oc) =>
            oc.column('person_key').doUpdateSet((eb) => ({
              id_number: eb.ref('excluded.id_number'),
              full_name: eb.ref('excluded.full_name'),
              dob: eb.ref('excluded.dob'),
              sex: eb.ref('excluded.sex'),
              province_code: eb.ref('excluded.province_code'),
              site_id: eb.ref('excluded.site_id'),
              status: eb.ref('excluded.status'),
              registry_id: eb.ref('excluded.registry_id'),
              differences: eb.ref('excluded.differences'),
              detail: eb.ref('excluded.detail'),
              matched_at: eb.ref('excluded.matched_at'),
            })),
          )
          .execute();
      }
      const links = matches.flatMap(({ person }) =>
        person.recordIds.map((id) => ({ record_id: id, person_key: person.personKey })),
      );
      for (const chunk of chunks(links, 2)) {
        await db
          .insertInto('registry_person_records')
          .values(chunk)
          .onConflict((oc) =>
            oc
              .column('record_id')
              .doUpdateSet((eb) => ({ person_key: eb.ref('excluded.person_key') })),
          )
          .execute();
      }
    },

    /** Forgets these persons (their check-ins now claim another identity, or were voided). */
    async remove(personKeys: readonly string[]): Promise<void> {
      for (const chunk of chunks(personKeys, 1)) {
        await db.deleteFrom('registry_matches').where('person_key', 'in', chunk).execute();
        await db.deleteFrom('registry_person_records').where('person_key', 'in', chunk).execute();
      }
    },

    /** Drops the links of these check-ins; `put` links those that still belong to a person. */
    async unlink(recordIds: readonly string[]): Promise<void> {
      for (const chunk of chunks(recordIds, 1)) {
        await db.deleteFrom('registry_person_records').where('record_id', 'in', chunk).execute();
      }
    },

    /** The persons these check-ins belong to now. */
    async personKeysOf(recordIds: readonly string[]): Promise<string[]> {
      return [...new Set((await keysWhere('record_id', recordIds)).map((r) => r.person_key))];
    },

    /** The check-ins of these persons. */
    async recordIdsOf(personKeys: readonly string[]): Promise<string[]> {
      return (await keysWhere('person_key', personKeys)).map((r) => r.record_id);
    },

    /** Every person key stored, for a full reconcile to drop those no check-in claims any more. */
    async allKeys(): Promise<string[]> {
      const rows = await db.selectFrom('registry_matches').select('person_key').execute();
      return rows.map((r) => r.person_key);
    },

    /** Persons whose match may change when these registry persons change. */
    async keysTouchedBy(registryIds: readonly string[]): Promise<string[]> {
      const keys = new Set<string>();
      for (const chunk of chunks(registryIds, 2)) {
        const rows = await db
          .selectFrom('registry_matches')
          .select('person_key')
          .where((eb) => eb.or([eb('registry_id', 'in', chunk), eb('id_number', 'in', chunk)]))
          .execute();
        for (const r of rows) keys.add(r.person_key);
      }
      return [...keys];
    },

    /** Persons not verified: a new registry extract may find them. */
    async unverifiedKeys(): Promise<string[]> {
      const rows = await db
        .selectFrom('registry_matches')
        .select('person_key')
        .where('status', '!=', 'verified')
        .execute();
      return rows.map((r) => r.person_key);
    },

    /** Every person's row with its check-ins, a page at a time in key order. */
    async *pages(
      size: number,
    ): AsyncGenerator<(RegistryMatchesTable & { record_ids: string[] })[]> {
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('registry_matches')
          .selectAll()
          .where('person_key', '>', after)
          .orderBy('person_key')
          .limit(size)
          .execute();
        if (rows.length === 0) return;
        after = rows.at(-1)!.person_key;
        const links = await keysWhere(
          'person_key',
          rows.map((r) => r.person_key),
        );
        const ids = new Map<string, string[]>();
        for (const l of links)
          ids.set(l.person_key, [...(ids.get(l.person_key) ?? []), l.record_id]);
        yield rows.map((r) => ({ ...r, record_ids: (ids.get(r.person_key) ?? []).sort() }));
      }
    },

    /**
     * Registry persons that two or more platform persons of the scope are matched to: one citizen
     * recorded twice (at two sites, or once with and once without an ID), proposed for a merge.
     */
    async duplicates(
      scope: OperatorScope,
    ): Promise<{ registryId: string; personKeys: string[] }[]> {
      const rows = await db
        .selectFrom('registry_matches')
        .select(['registry_id', 'person_key'])
        .where('status', 'in', ['verified', 'mismatch'])
        .where(inScope('registry_matches.site_id', scope))
        .where('registry_id', 'in', (eb) =>
          eb
            .selectFrom('registry_matches as m')
            .select('m.registry_id')
            .where('m.status', 'in', ['verified', 'mismatch'])
            .where(inScope('m.site_id', scope))
            .groupBy('m.registry_id')
            .having((h) => h.fn.countAll(), '>', 1),
        )
        .orderBy('registry_id')
        .orderBy('person_key')
        .execute();
      const groups = new Map<string, string[]>();
      for (const r of rows)
        groups.set(r.registry_id!, [...(groups.get(r.registry_id!) ?? []), r.person_key]);
      return [...groups].map(([registryId, personKeys]) => ({ registryId, personKeys }));
    },

    async countByStatus(): Promise<Record<MatchStatus, number>> {
      const rows = await db
        .selectFrom('registry_matches')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute();
      const counts = { verified: 0, mismatch: 0, ambiguous: 0, 'not-found': 0 };
      for (const r of rows) counts[r.status as MatchStatus] = Number(r.n);
      return counts;
    },

    /** Where the background matcher has read the change feed up to; undefined before any reconcile. */
    async cursor(): Promise<number | undefined> {
      const row = await db
        .selectFrom('registry_cursor')
        .select('change_seq')
        .where('id', '=', 1)
        .executeTakeFirst();
      return row === undefined ? undefined : Number(row.change_seq);
    },

    async setCursor(seq: number): Promise<void> {
      await db
        .insertInto('registry_cursor')
        .values({ id: 1, change_seq: seq })
        .onConflict((oc) => oc.column('id').doUpdateSet({ change_seq: seq }))
        .execute();
    },
  };
}
