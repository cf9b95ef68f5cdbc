// A tiny HTML template: every interpolated value is escaped unless it is already Html (made by
// this template). Report pages show data typed at the sites (names of sites, flag messages), so
// nothing reaches the page unescaped.
import { escapeHtml } from './escape-html';

export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

function render(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Text already safe for HTML (built here from numbers and constants), e.g. SVG path data. */
export const raw = (text: string): Html => new Html(text);
