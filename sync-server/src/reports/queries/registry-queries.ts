// Reads for the work-queue pages: persons' matches beside the registry's values, counts per site
// and the verified share over time. Lists go through the registry's
// workQuery, so a list, its CSV and a bulk accept select the same persons; every read here is
// narrowed to the operator's scope.
import type { RegistryPersonsTable } from '../../store/schema';
import { inScope, type OperatorScope } from '../../operators';
import { progressDaysRepo, workQuery, type WorkFilter } from '../../registry';
import type { DbHandle } from '../../store/db-handle';
import { chunks } from '../../store/chunks';

export interface QueueRow {
  personKey: string;
  siteId: string;
  status: string;
  idNumber: string | null;
  fullName: string;
  dob: string;
  sex: string | null;
  registryId: string | null;
  differences: string;
  detail: string;
  matchedAt: string;
  /** The registry person's values, when there is one. */
  registry?: Pick<RegistryPersonsTable, 'id_number' | 'full_name' | 'dob' | 'sex'>;
}

export function registryQueriesRepo(h: DbHandle) {
  const { db } = h;
  const list = (scope: OperatorScope, filter: WorkFilter) =>
    workQuery(h, scope, filter)
      .leftJoin('registry_persons as rp', 'rp.id_number', 'registry_matches.registry_id')
      .select([
        'registry_matches.person_key as personKey',
        'registry_matches.site_id as siteId',
        'registry_matches.status as status',
        'registry_matches.id_number as idNumber',
        'registry_matches.full_name as fullName',
        'registry_matches.dob as dob',
        'registry_matches.sex as sex',
        'registry_matches.registry_id as registryId',
        'registry_matches.differences as differences',
        'registry_matches.detail as detail',
        'registry_matches.matched_at as matchedAt',
        'rp.id_number as rId',
        'rp.full_name as rName',
        'rp.dob as rDob',
        'rp.sex as rSex',
      ])
      .orderBy('registry_matches.matched_at', 'desc')
      .orderBy('registry_matches.person_key');
  type Raw = Awaited<ReturnType<ReturnType<typeof list>['execute']>>[number];
  const toRow = ({ rId, rName, rDob, rSex, ...r }: Raw): QueueRow => ({
    ...r,
    ...(rId !== null && {
      registry: { id_number: rId, full_name: rName ?? '', dob: rDob ?? '', sex: rSex },
    }),
  });

  return {
    /** Persons per site and status, with the site's name, province and district. */
    async countsBySite(scope: OperatorScope) {
      const rows = await db
        .selectFrom('registry_matches')
        .innerJoin('sites', 'sites.id', 'registry_matches.site_id')
        .select([
          'sites.province as province',
          'sites.district as district',
          'sites.id as siteId',
          'sites.name as siteName',
          'registry_matches.status as status',
          (eb) => eb.fn.countAll<number>().as('n'),
        ])
        .where(inScope('registry_matches.site_id', scope))
        .groupBy([
          'sites.province',
          'sites.district',
          'sites.id',
          'sites.name',
          'registry_matches.status',
        ])
        .execute();
      return rows.map((r) => ({ ...r, n: Number(r.n) }));
    },

    /** Per day, the verified share of the scope's sites. */
    async series(scope: OperatorScope) {
      if (scope.kind === 'national') return progressDaysRepo(h).series();
      const sites = await db.selectFrom('sites').select('id').where(inScope('id', scope)).execute();
      return progressDaysRepo(h).series(sites.map((s) => s.id));
    },

    /** One page of the filtered list, newest matched first. */
    async page(scope: OperatorScope, filter: WorkFilter, offset: number, size: number) {
      return (await list(scope, filter).limit(size).offset(offset).execute()).map(toRow);
    },

    /** The whole filtered list (the CSV). */
    async all(scope: OperatorScope, filter: WorkFilter) {
      return (await list(scope, filter).execute()).map(toRow);
    },

    /** One person, only if the scope may see them. */
    async person(scope: OperatorScope, personKey: string): Promise<QueueRow | undefined> {
      const rows = await list(scope, {})
        .where('registry_matches.person_key', '=', personKey)
        .execute();
      return rows[0] && toRow(rows[0]);
    },

    /**
     * These persons, those the scope may see, each with how many check-ins it is made of: the
     * duplicates page reads its groups in one query (per 30,000 keys), not two per person.
     */
    async personsWithCheckins(scope: OperatorScope, personKeys: readonly string[]) {
      const found: { row: QueueRow; checkins: number }[] = [];
      for (const part of chunks(personKeys, 1)) {
        const rows = await list(scope, {})
          .where('registry_matches.person_key', 'in', part)
          .select((eb) =>
            eb
              .selectFrom('registry_person_records as rpr')
              .whereRef('rpr.person_key', '=', 'registry_matches.person_key')
              .select(eb.fn.countAll<number>().as('n'))
              .as('checkins'),
          )
          .execute();
        for (const { checkins, ...raw } of rows)
          found.push({ row: toRow(raw), checkins: Number(checkins) });
      }
      return found;
    },

    async registryPersons(ids: readonly string[]) {
      const found = [];
      for (const part of chunks(ids, 1)) {
        found.push(
          ...(await db
            .selectFrom('registry_persons')
            .selectAll()
            .where('id_number', 'in', part)
            .execute()),
        );
      }
      return found;
    },

    /** The sites of the scope, for the filter form. */
    async sites(scope: OperatorScope) {
      return db
        .selectFrom('sites')
        .select(['id', 'name', 'province', 'district'])
        .where(inScope('sites.id', scope))
        .orderBy('province')
        .orderBy('id')
        .execute();
    },
  };
}
