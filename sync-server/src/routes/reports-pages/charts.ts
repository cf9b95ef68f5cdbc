// Charts as server-rendered SVG: no script, and only presentation attributes (fill, x, width…),
// which the Content-Security-Policy allows where it forbids style="". Each chart is an img with a
// title; the same numbers are always in a table next to it for screen readers and CSV.
import { html, type Html } from './html';

const INK = '#1a1a1a';
const BAR = '#1f5fa8';
const GRID = '#c8c8c8';
// Drawn about as wide as it is shown on a tablet (720 units ≈ 700 px), so 16 units read as 16 px.
const FONT = 16;

/**
 * A round axis maximum at or above `max`: 1, 2, 2.5 or 5 times a power of ten (2.5 only from
 * 2,500 up, where its quarter ticks are still whole numbers), so a bar fills most of the height.
 */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const steps = power >= 1000 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  for (const m of steps) if (m * power >= max) return m * power;
  return 10 * power;
}

const fmt = (n: number, locale: string) => n.toLocaleString(locale);

export interface VerticalChart {
  id: string;
  title: string;
  labels: string[];
  values: number[];
  locale: string;
}

/** Vertical bars (days, delay bins), with a y axis and at most ~8 x labels. */
export function columnChart({ id, title, labels, values, locale }: VerticalChart): Html {
  const W = 720;
  const H = 300;
  const max = niceMax(Math.max(0, ...values));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max).filter((v) => Number.isInteger(v));
  // Room for the longest tick label ("2.500.000" at a national scale), about 0.6 em a character.
  const longest = Math.max(...ticks.map((v) => fmt(v, locale).length));
  const left = Math.max(64, 16 + Math.ceil(0.6 * FONT * longest));
  const bottom = 44;
  const top = 16;
  const plotW = W - left - 10;
  const plotH = H - top - bottom;
  const slot = plotW / Math.max(1, values.length);
  const every = Math.max(1, Math.ceil(values.length / 8));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t">
    <title id="${id}-t">${title}</title>
    ${ticks.map(
      (v) =>
        html`<line
            x1="${left}"
            x2="${W - 10}"
            y1="${y(v)}"
            y2="${y(v)}"
            stroke="${GRID}"
            stroke-width="1"
          />
          <text x="${left - 8}" y="${y(v) + 6}" text-anchor="end" font-size="${FONT}" fill="${INK}"
            >${fmt(v, locale)}</text
          >`,
    )}
    ${values.map((v, i) => {
      const h = (v / max) * plotH;
      const x = left + i * slot + slot * 0.15;
      return html`<rect
        x="${x.toFixed(1)}"
        y="${(top + plotH - h).toFixed(1)}"
        width="${(slot * 0.7).toFixed(1)}"
        height="${h.toFixed(1)}"
        fill="${BAR}"
        ><title>${labels[i]}: ${fmt(v, locale)}</title></rect
      >`;
    })}
    ${labels.map((l, i) =>
      i % every === 0
        ? html`<text
            x="${(left + (i + 0.5) * slot).toFixed(1)}"
            y="${H - bottom + 28}"
            text-anchor="middle"
            font-size="${FONT}"
            fill="${INK}"
            >${l}</text
          >`
        : '',
    )}
    <line
      x1="${left}"
      x2="${W - 10}"
      y1="${top + plotH}"
      y2="${top + plotH}"
      stroke="${INK}"
      stroke-width="1.5"
    />
  </svg>`;
}

export interface BarItem {
  label: string;
  value: number;
  /** What to write at the bar's end (default: the value). */
  shown?: string;
}

/**
 * Horizontal bars (sites, vaccines, flags, coverage), each label on its own line above its bar:
 * Vietnamese labels are long, and a label column would cut them.
 */
export function barChart(
  id: string,
  title: string,
  items: BarItem[],
  locale: string,
  max = Math.max(0, ...items.map((i) => i.value)),
): Html {
  const W = 720;
  const row = 62;
  const valueW = 150;
  const H = Math.max(1, items.length) * row + 4;
  const scale = (W - valueW) / (max || 1);
  const cut = (s: string) => (s.length > 70 ? `${s.slice(0, 69)}…` : s);
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t">
    <title id="${id}-t">${title}</title>
    ${items.map((it, i) => {
      const top = i * row;
      const w = Math.max(it.value > 0 ? 2 : 0, it.value * scale);
      return html`<text x="0" y="${top + 20}" font-size="${FONT}" fill="${INK}"
          >${cut(it.label)}</text
        >
        <rect x="0" y="${top + 28}" width="${w.toFixed(1)}" height="24" fill="${BAR}" />
        <text x="${(w + 8).toFixed(1)}" y="${top + 46}" font-size="${FONT}" fill="${INK}"
          >${it.shown ?? fmt(it.value, locale)}</text
        >`;
    })}
  </svg>`;
}
