// Charts drawn as HTML text around tiny SVG bars: the words and numbers are CSS text, so they keep
// their size on a phone (SVG text shrank with its viewBox to 7 px at 390 px wide), and only the
// bars stretch. No script and no style="" (the CSP forbids it): lengths are SVG attributes. Each
// chart is an img with a name; the same numbers are always in a table next to it.
import { html, type Html } from '../../shared/html';

const BAR = '#1f5fa8';
const TRACK = '#e6ebf0';
const GRID = '#c8c8c8';
const INK = '#1a1a1a';

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
/** `v` as a share of `max`, in percent, rounded for the markup. */
const pct = (v: number, max: number) =>
  Math.round((max > 0 ? Math.min(100, (v / max) * 100) : 0) * 100) / 100;

export interface VerticalChart {
  id: string;
  title: string;
  labels: string[];
  values: number[];
  locale: string;
}

/** Labels every `every` columns: about six on a wide screen, three on a phone (class x-wide). */
function axisSteps(count: number): { wide: number; narrow: number } {
  const wide = Math.max(1, Math.ceil(count / 6));
  return { wide, narrow: wide * Math.ceil(Math.ceil(count / 3) / wide) };
}

/** Vertical bars (days), a y axis of quarter ticks, the x labels written in full. */
export function columnChart({ id, title, labels, values, locale }: VerticalChart): Html {
  const max = niceMax(Math.max(0, ...values));
  const n = Math.max(1, values.length);
  const { wide, narrow } = axisSteps(values.length);
  // Top to bottom; a quarter that is not a whole number keeps its place, unlabelled.
  const ticks = [1, 0.75, 0.5, 0.25, 0].map((f) => f * max);
  return html`<div class="cols" id="${id}" role="img" aria-label="${title}">
    <div class="cols-y">
      ${ticks.map((v) => html`<span>${Number.isInteger(v) ? fmt(v, locale) : ''}</span>`)}
    </div>
    <div class="cols-plot">
      <svg viewBox="0 0 ${n} 100" preserveAspectRatio="none" overflow="visible" focusable="false">
        ${ticks.map(
          (v) =>
            html`<line
              x1="0"
              x2="${n}"
              y1="${100 - pct(v, max)}"
              y2="${100 - pct(v, max)}"
              stroke="${v === 0 ? INK : GRID}"
              stroke-width="${v === 0 ? 1.5 : 1}"
              vector-effect="non-scaling-stroke"
            />`,
        )}
        ${values.map((v, i) => {
          const h = pct(v, max);
          return html`<rect x="${i + 0.15}" y="${100 - h}" width="0.7" height="${h}" fill="${BAR}"
            ><title>${labels[i]}: ${fmt(v, locale)}</title></rect
          >`;
        })}
      </svg>
      <div class="cols-x">
        ${labels.map((l, i) =>
          i % narrow === 0
            ? html`<span>${l}</span>`
            : i % wide === 0
              ? html`<span class="x-wide">${l}</span>`
              : html`<span></span>`,
        )}
      </div>
    </div>
  </div>`;
}

export interface BarItem {
  label: string;
  value: number;
  /** What to write at the bar's end (default: the value). */
  shown?: string;
}

/**
 * Horizontal bars (sites, vaccines, flags, delays, coverage), each label on its own line above
 * its bar: Vietnamese labels are long, and they wrap rather than being cut.
 */
export function barChart(
  id: string,
  title: string,
  items: BarItem[],
  locale: string,
  max = Math.max(0, ...items.map((i) => i.value)),
): Html {
  return html`<div class="bars" id="${id}" role="img" aria-label="${title}">
    ${items.map(
      (it) =>
        html`<div class="bar">
          <span class="bar-label">${it.label}</span>
          <span class="bar-row"
            ><svg viewBox="0 0 100 1" preserveAspectRatio="none" focusable="false">
              <rect width="100" height="1" fill="${TRACK}" />
              <rect
                width="${it.value > 0 ? Math.max(0.5, pct(it.value, max)) : 0}"
                height="1"
                fill="${BAR}"
              /></svg
            ><span class="bar-value">${it.shown ?? fmt(it.value, locale)}</span></span
          >
        </div>`,
    )}
  </div>`;
}
