// The overview's places: each province with its counts by status, then its sites, in code order
// (the sites' rows summed into their province's), and the verified share of each.
import type { MatchStatus } from '../../../../src/domain/registry/types';
import { provinceName } from './context';
import { STATUSES } from './registry-filter';

export interface Place {
  label: string;
  /** The list's filter for this place. */
  params: Record<string, string | undefined>;
  province: boolean;
  counts: Record<MatchStatus, number>;
}

export const zero = (): Record<MatchStatus, number> => ({
  verified: 0,
  mismatch: 0,
  ambiguous: 0,
  'not-found': 0,
});
export const total = (c: Record<MatchStatus, number>) => STATUSES.reduce((s, k) => s + c[k], 0);
/** `part` of `whole` in percent, to one decimal. */
export const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
export const share = (c: Record<MatchStatus, number>) => percent(c.verified, total(c));

/** `national`: a province's links filter by it (a province or site operator's scope is theirs). */
export function placesOf(
  rows: readonly {
    province: string;
    siteId: string;
    siteName: string;
    status: string;
    n: number;
  }[],
  national: boolean,
): Place[] {
  const places: Place[] = [];
  const byKey = new Map<string, Place>();
  const sorted = [...rows].sort(
    (a, b) => a.province.localeCompare(b.province) || a.siteId.localeCompare(b.siteId),
  );
  for (const r of sorted) {
    const pKey = `p:${r.province}`;
    if (!byKey.has(pKey)) {
      const p = {
        label: provinceName(r.province),
        params: national ? { province: r.province } : {},
        province: true,
        counts: zero(),
      };
      byKey.set(pKey, p);
      places.push(p);
    }
    const sKey = `s:${r.siteId}`;
    if (!byKey.has(sKey)) {
      const s = {
        label: `${r.siteName} (${r.siteId})`,
        params: { site: r.siteId },
        province: false,
        counts: zero(),
      };
      byKey.set(sKey, s);
      places.push(s);
    }
    byKey.get(pKey)!.counts[r.status as MatchStatus] += r.n;
    byKey.get(sKey)!.counts[r.status as MatchStatus] += r.n;
  }
  return places;
}
