// What an operator may see: everything, one province's sites, or one site. Written on
// the admin command line as `national`, `province:79` or `site:S1`.

export type OperatorScope =
  { kind: 'national' } | { kind: 'province'; province: string } | { kind: 'site'; siteId: string };

const SITE_ID = /^[A-Za-z0-9_.-]{1,64}$/;
/** Provinces are stored as sites were created: a code ("79") or a name ("Hồ Chí Minh"). */
export const isProvinceValue = (s: string): boolean =>
  s.length > 0 && s.length <= 100 && !/[\p{Cc}]/u.test(s) && s.trim() === s;

/** Parses `national`, `province:CODE` or `site:ID`; null when it is none of them. */
export function parseScope(text: string): OperatorScope | null {
  const trimmed = text.trim();
  if (trimmed === 'national') return { kind: 'national' };
  const colon = trimmed.indexOf(':');
  const kind = trimmed.slice(0, colon);
  const value = trimmed
    .slice(colon + 1)
    .trim()
    .normalize('NFC');
  if (colon < 0) return null;
  if (kind === 'province' && isProvinceValue(value)) return { kind: 'province', province: value };
  if (kind === 'site' && SITE_ID.test(value)) return { kind: 'site', siteId: value };
  return null;
}

export function formatScope(scope: OperatorScope): string {
  if (scope.kind === 'national') return 'national';
  return scope.kind === 'province' ? `province:${scope.province}` : `site:${scope.siteId}`;
}

/** The two stored columns of a scope ('' for national). */
export function scopeColumns(scope: OperatorScope): { kind: string; value: string } {
  if (scope.kind === 'national') return { kind: 'national', value: '' };
  return { kind: scope.kind, value: scope.kind === 'province' ? scope.province : scope.siteId };
}

export function scopeFromColumns(kind: string, value: string): OperatorScope | null {
  if (kind === 'national') return { kind: 'national' };
  if (kind === 'province') return { kind: 'province', province: value };
  if (kind === 'site') return { kind: 'site', siteId: value };
  return null;
}

/**
 * The scope a report runs under: the operator's own, narrowed to one province when a national
 * operator filters by it. A province or site operator's filter cannot widen what they see.
 */
export function effectiveScope(own: OperatorScope, province?: string): OperatorScope {
  if (own.kind === 'national' && province) return { kind: 'province', province };
  return own;
}
