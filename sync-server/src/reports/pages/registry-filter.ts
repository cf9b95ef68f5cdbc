// The work-queue's filter as read from a URL or a form: district, site, status, differing field,
// kind of difference, "only this field", and for a national operator a province. A value that is not one
// of the known ones is dropped, so the filter applied is always the one the page shows.
import { DISTRICT_CODE } from '../../../../src/domain/district-code';
import type { MatchField, MatchStatus } from '../../../../src/domain/registry/types';
import {
  effectiveScope,
  isProvinceValue,
  type Operator,
  type OperatorScope,
} from '../../operators';
import type { WorkFilter } from '../../registry';
import { FIELD_KINDS } from './registry-strings';

export const STATUSES: readonly MatchStatus[] = ['verified', 'mismatch', 'ambiguous', 'not-found'];
export const FIELDS = Object.keys(FIELD_KINDS) as MatchField[];
const SITE_ID = /^[A-Za-z0-9_.-]{1,64}$/;
/** `district=none`: the sites that have no district. */
export const NO_DISTRICT = 'none';

export interface QueueFilter {
  work: WorkFilter;
  /** A national operator's province, narrowing the scope. */
  province?: string;
  scope: OperatorScope;
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  list.includes(v as T) ? (v as T) : undefined;

/** The field a kind belongs to when only the kind is given and it names one field. */
function fieldOfKind(kind: string): MatchField | undefined {
  const owners = FIELDS.filter((f) => FIELD_KINDS[f].includes(kind));
  return owners.length === 1 ? owners[0] : undefined;
}

export function readQueueFilter(query: Record<string, unknown>, operator: Operator): QueueFilter {
  const text = (name: string) => (typeof query[name] === 'string' ? query[name] : '');
  // The form sends `field:kind` (a kind such as "other" belongs to several fields); a link may
  // send the kind alone.
  const [kindField, kindGiven = ''] = text('kind').includes(':')
    ? text('kind').split(':', 2)
    : [undefined, text('kind')];
  const field = oneOf(FIELDS, text('field')) ?? oneOf(FIELDS, kindField) ?? fieldOfKind(kindGiven);
  const kind = field && FIELD_KINDS[field].includes(kindGiven) ? kindGiven : undefined;
  const district = text('district');
  const work: WorkFilter = {
    ...(DISTRICT_CODE.test(district) && { district }),
    ...(district === NO_DISTRICT && { district: null }),
    ...(SITE_ID.test(text('site')) && { siteId: text('site') }),
    ...(oneOf(STATUSES, text('status')) && { status: text('status') as MatchStatus }),
    ...(field && { field }),
    ...(kind && { kind }),
    ...(field && text('only') === '1' && { only: true }),
  };
  const national = operator.scope.kind === 'national';
  const province = national && isProvinceValue(text('province')) ? text('province') : undefined;
  return { work, province, scope: effectiveScope(operator.scope, province) };
}

/** The filter as URL parameters, to keep in links and hidden form fields. */
export function queueParams(f: QueueFilter): Record<string, string | undefined> {
  return {
    province: f.province,
    district: f.work.district === null ? NO_DISTRICT : f.work.district,
    site: f.work.siteId,
    status: f.work.status,
    field: f.work.field,
    kind: f.work.kind,
    only: f.work.only ? '1' : undefined,
  };
}
