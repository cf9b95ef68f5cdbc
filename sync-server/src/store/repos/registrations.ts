// Registrations (with the citizen's previous doses) of a site. Every put also appends a
// `changes` row so tablets pull it.
import type { PreviousDose, Registration } from '../../../../src/domain/protocol';
import { chunks } from '../chunks';
import type { DbHandle } from '../db-handle';
import { changesRepo } from './changes';

export function registrationsRepo({ db }: DbHandle) {
  return {
    async put(siteId: string, registrations: readonly Registration[]): Promise<void> {
      for (const chunk of chunks(registrations, 6)) {
        await db
          .insertInto('registrations')
          .values(
            chunk.map((r) => ({
              site_id: siteId,
              id: r.id,
              code: r.code,
              session_date: r.sessionDate,
              body: JSON.stringify(r),
              citizen_id: r.citizen.id ?? null,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['site_id', 'id']).doUpdateSet((eb) => ({
              code: eb.ref('excluded.code'),
              session_date: eb.ref('excluded.session_date'),
              body: eb.ref('excluded.body'),
              citizen_id: eb.ref('excluded.citizen_id'),
            })),
          )
          .execute();
      }
      await changesRepo({ db }).append(
        registrations.map((r) => ({
          siteId,
          entity: 'registration',
          key: r.id,
          op: 'put',
          data: r,
        })),
      );
    },

    /** The sites holding a registration of each of these citizens (by ID number). */
    async sitesOfCitizens(citizenIds: readonly string[]): Promise<Map<string, Set<string>>> {
      const found = new Map<string, Set<string>>();
      for (const chunk of chunks([...new Set(citizenIds)], 1)) {
        const rows = await db
          .selectFrom('registrations')
          .select(['citizen_id', 'site_id'])
          .distinct()
          .where('citizen_id', 'in', chunk)
          .execute();
        for (const { citizen_id, site_id } of rows) {
          if (citizen_id === null) continue;
          const sites = found.get(citizen_id) ?? new Set<string>();
          sites.add(site_id);
          found.set(citizen_id, sites);
        }
      }
      return found;
    },

    /** Ids of the site's registrations with these codes (a code names one registration). */
    /** Doses each citizen had before, as their registrations (any site) record them. */
    async previousDosesOf(citizenIds: readonly string[]): Promise<Map<string, PreviousDose[]>> {
      const found = new Map<string, PreviousDose[]>();
      for (const chunk of chunks([...new Set(citizenIds)], 1)) {
        const rows = await db
          .selectFrom('registrations')
          .select(['citizen_id', 'body'])
          .where('citizen_id', 'in', chunk)
          .execute();
        for (const { citizen_id, body } of rows) {
          if (citizen_id === null) continue;
          const { previousDoses } = JSON.parse(body) as Registration;
          found.set(citizen_id, [...(found.get(citizen_id) ?? []), ...previousDoses]);
        }
      }
      return found;
    },

    async idsByCode(siteId: string, codes: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (const chunk of chunks(codes, 1)) {
        const rows = await db
          .selectFrom('registrations')
          .select(['code', 'id'])
          .where('site_id', '=', siteId)
          .where('code', 'in', chunk)
          .execute();
        for (const row of rows) found.set(row.code, row.id);
      }
      return found;
    },

    /** The site's registrations, optionally of one session date or one code, ordered by code. */
    async list(
      siteId: string,
      filter: { sessionDate?: string; code?: string; limit?: number } = {},
    ): Promise<Registration[]> {
      let query = db.selectFrom('registrations').select('body').where('site_id', '=', siteId);
      if (filter.sessionDate !== undefined)
        query = query.where('session_date', '=', filter.sessionDate);
      if (filter.code !== undefined) query = query.where('code', '=', filter.code);
      if (filter.limit !== undefined) query = query.limit(filter.limit);
      const rows = await query.orderBy('code').execute();
      return rows.map((row) => JSON.parse(row.body) as Registration);
    },

    async count(siteId: string): Promise<number> {
      const row = await db
        .selectFrom('registrations')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('site_id', '=', siteId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
