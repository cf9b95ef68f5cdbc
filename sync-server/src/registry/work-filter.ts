// Which persons of the work-queue a list shows and a bulk action acts on: one query for both, so
// the count an operator confirms is the count acted on. Always narrowed to the operator's scope.
import type { SelectQueryBuilder } from 'kysely';
import type { MatchField, MatchStatus } from '../../../src/domain/registry/types';
import { inScope, type OperatorScope } from '../operators';
import type { DbHandle } from '../store/db-handle';
import type { Database } from '../store/schema';

export interface WorkFilter {
  siteId?: string;
  /** Persons of the sites of this district (its 3-digit code); null: of sites without one. */
  district?: string | null;
  status?: MatchStatus;
  /** Persons whose differences include this field. */
  field?: MatchField;
  /** With `field`: only this kind of difference, e.g. 'diacritics' for full_name. */
  kind?: string;
  /** Only persons whose one difference is `field` (e.g. "diacritics only" means nothing else). */
  only?: boolean;
}

type Matches = SelectQueryBuilder<Database, 'registry_matches', object>;

/** The matches in `scope` that pass `filter`, as a query to select from or count. */
export function workQuery({ db }: DbHandle, scope: OperatorScope, filter: WorkFilter): Matches {
  let q: Matches = db
    .selectFrom('registry_matches')
    .where(inScope('registry_matches.site_id', scope));
  if (filter.siteId !== undefined) q = q.where('site_id', '=', filter.siteId);
  if (filter.district !== undefined) {
    const district = filter.district;
    q = q.where('site_id', 'in', (eb) =>
      eb
        .selectFrom('sites')
        .select('id')
        .where('district', district === null ? 'is' : '=', district),
    );
  }
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.field !== undefined) {
    // `differences` is `;`-separated, in a fixed order: match the field as a whole word.
    const f = filter.field;
    q = filter.only
      ? q.where('differences', '=', f)
      : q.where((eb) =>
          eb.or([
            eb('differences', '=', f),
            eb('differences', 'like', `${f};%`),
            eb('differences', 'like', `%;${f}`),
            eb('differences', 'like', `%;${f};%`),
          ]),
        );
    // The kind is in the detail JSON; filtered by its exact text, as detail is written by us.
    if (filter.kind !== undefined) q = q.where('detail', 'like', `%"${f}":"${filter.kind}"%`);
  }
  return q;
}

export async function countWork(
  h: DbHandle,
  scope: OperatorScope,
  filter: WorkFilter,
): Promise<number> {
  const row = await workQuery(h, scope, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
