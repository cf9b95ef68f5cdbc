// The overview's places: each province with its counts by status, then its districts (by code,
// the sites without one last, under "Chưa rõ quận/huyện"), each followed by its sites; a site's
// rows are summed into its district's and its province's, and each place has its verified share.
import type { MatchStatus } from '../../../../src/domain/registry/types';
import { provinceName } from './context';
import { NO_DISTRICT, STATUSES } from './registry-filter';
import type { RegistryStrings } from './registry-strings';

export type PlaceLevel = 'province' | 'district' | 'site';

export interface Place {
  label: string;
  /** The list's filter for this place. */
  params: Record<string, string | undefined>;
  level: PlaceLevel;
  counts: Record<MatchStatus, number>;
}

export interface PlaceCountRow {
  province: string;
  district: string | null;
  siteId: string;
  siteName: string;
  status: string;
  n: number;
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

/** A district's words: its code (no complete table of names ships with the project). */
export const districtLabel = (t: RegistryStrings, district: string | null) =>
  district === null ? t.noDistrict : t.district(district);

/** Districts by code, the sites without one after them. */
const byDistrict = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b);

/** `national`: a place's links keep its province (a province or site operator's scope is theirs). */
export function placesOf(
  rows: readonly PlaceCountRow[],
  national: boolean,
  t: RegistryStrings,
): Place[] {
  const places: Place[] = [];
  const byKey = new Map<string, Place>();
  const placeAt = (key: string, make: () => Omit<Place, 'counts'>): Place => {
    let place = byKey.get(key);
    if (!place) {
      place = { ...make(), counts: zero() };
      byKey.set(key, place);
      places.push(place);
    }
    return place;
  };
  const sorted = [...rows].sort(
    (a, b) =>
      a.province.localeCompare(b.province) ||
      byDistrict(a.district, b.district) ||
      a.siteId.localeCompare(b.siteId),
  );
  for (const r of sorted) {
    const own = national ? { province: r.province } : {};
    const province = placeAt(`p:${r.province}`, () => ({
      label: provinceName(r.province),
      params: own,
      level: 'province',
    }));
    // Keyed within its province: the sites without a district are one row per province.
    const district = placeAt(`d:${r.province}:${r.district ?? NO_DISTRICT}`, () => ({
      label: districtLabel(t, r.district),
      params: { ...own, district: r.district ?? NO_DISTRICT },
      level: 'district',
    }));
    const site = placeAt(`s:${r.siteId}`, () => ({
      label: `${r.siteName} (${r.siteId})`,
      params: { site: r.siteId },
      level: 'site',
    }));
    for (const p of [province, district, site]) p.counts[r.status as MatchStatus] += r.n;
  }
  return places;
}
