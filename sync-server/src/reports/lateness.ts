// How late records reach the server: received_at minus the injection's own time, to the minute (the
// database counts doses per minute of delay, so a national range never comes into memory; a
// negative delay, from a tablet clock running ahead, counts as 0: it arrived at once). The bins
// follow how sites work: same hour (online), same day (synced at the end of the session),
// days (a mobile team back from the field), and more than a week (something is wrong).

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface LatenessBin {
  /** Lower bound, inclusive (ms). */
  from: number;
  /** Upper bound, exclusive (ms); Infinity for the last bin. */
  to: number;
  count: number;
}

export interface LatenessSummary {
  count: number;
  /** ms, to the minute below; undefined with no records. */
  p50?: number;
  p95?: number;
  max?: number;
  bins: LatenessBin[];
}

export const BIN_EDGES = [0, HOUR, 6 * HOUR, DAY, 3 * DAY, 7 * DAY, Infinity];

export const MINUTE = 60_000;

/** Doses whose delay, in whole minutes, was `minute`. */
export interface MinuteCount {
  minute: number;
  count: number;
}

/** The 1-based nearest rank of percentile `p` (0..100) among `count` values sorted ascending. */
export function nearestRank(count: number, p: number): number {
  return Math.min(Math.max(1, Math.ceil((p / 100) * count)), count);
}

/** Summary from the doses per minute of delay (negative minutes count as 0). */
export function latenessSummary(counts: readonly MinuteCount[]): LatenessSummary {
  const sorted = counts
    .map((c) => ({ ms: Math.max(0, c.minute) * MINUTE, count: c.count }))
    .sort((a, b) => a.ms - b.ms);
  const bins: LatenessBin[] = BIN_EDGES.slice(0, -1).map((from, i) => ({
    from,
    to: BIN_EDGES[i + 1] ?? Infinity,
    count: 0,
  }));
  for (const { ms, count } of sorted) {
    const bin = bins.find((b) => ms >= b.from && ms < b.to);
    if (bin) bin.count += count;
  }
  const total = sorted.reduce((sum, c) => sum + c.count, 0);
  /** The delay of the `rank`-th dose (1-based) in delay order. */
  const at = (rank: number) => {
    let seen = 0;
    for (const { ms, count } of sorted) {
      seen += count;
      if (seen >= rank) return ms;
    }
    return undefined;
  };
  return {
    count: total,
    p50: total === 0 ? undefined : at(nearestRank(total, 50)),
    p95: total === 0 ? undefined : at(nearestRank(total, 95)),
    max: sorted.at(-1)?.ms,
    bins,
  };
}

/**
 * A delay for people: minutes under an hour, hours under two days, then days, with at most one
 * decimal written the language's way (46,8 giờ; 46.8 h).
 */
export function formatDelay(ms: number, lang: 'vi' | 'en'): string {
  const [min, h, d] = lang === 'vi' ? ['phút', 'giờ', 'ngày'] : ['min', 'h', 'days'];
  const n = (v: number) =>
    v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} ${min}`;
  if (ms < 2 * DAY) return `${n(ms / HOUR)} ${h}`;
  return `${n(ms / DAY)} ${d}`;
}

const BIN_LABELS = {
  vi: ['< 1 giờ', '1–6 giờ', '6–24 giờ', '1–3 ngày', '3–7 ngày', '> 7 ngày'],
  en: ['< 1 h', '1–6 h', '6–24 h', '1–3 days', '3–7 days', '> 7 days'],
};

/** The label of bin `index` of BIN_EDGES, e.g. "1–6 giờ". */
export function binLabel(index: number, lang: 'vi' | 'en'): string {
  return BIN_LABELS[lang][index] ?? '';
}
