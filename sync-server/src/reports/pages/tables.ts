// Report tables: one model drawn as an accessible HTML table (caption, th scope) and sent as CSV,
// so the download always holds exactly the rows on the page. The page itself scrolls, never a box
// of a few rows (one non-zero row could hide in it); on a phone each row of a table of three
// columns or more becomes a card whose cells name their column (data-label). A table wider than a tablet scrolls sideways in a
// focusable region, so keyboard users can scroll it too.
import type { FastifyReply } from 'fastify';
import { csvFileName, toCsv, type Cell } from '../csv';
import { html, type Html } from '../../shared/html';
import { STRINGS, type Lang } from './strings';

export interface ReportTable {
  /** Names the table in `?format=csv&table=…` and the file name. */
  id: string;
  caption: string;
  headers: string[];
  /** Which columns are numbers (right-aligned). */
  numeric: boolean[];
  /** Raw cells, as the CSV gets them. */
  rows: Cell[][];
  /** How a cell is shown on the page (default: numbers localised). */
  show?: (cell: Cell, column: number, row: number) => Html | string;
  /** A link for a row's first cell. */
  link?: (row: number) => string | undefined;
}

export function tableHtml(table: ReportTable, lang: Lang, csvHref: string): Html {
  const t = STRINGS[lang];
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const cell = (c: Cell, col: number, row: number) =>
    table.show?.(c, col, row) ?? (typeof c === 'number' ? c.toLocaleString(locale) : c);
  const cls = (col: number) => (table.numeric[col] ? html` class="num"` : '');
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${table.caption}">
      <table id="${table.id}" ${table.headers.length > 2 ? html` class="cards"` : ''}>
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            ${table.headers.map((h, i) => html`<th scope="col" ${cls(i)}>${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${
            table.rows.length === 0
              ? html`<tr>
                  <td colspan="${table.headers.length}">${t.noData}</td>
                </tr>`
              : table.rows.map((r, ri) => {
                  const link = table.link?.(ri);
                  return html`<tr>
                    ${r.map((c, ci) =>
                      ci === 0
                        ? html`<th scope="row" ${cls(ci)} data-label="${table.headers[ci]}">
                            ${link ? html`<a href="${link}">${cell(c, ci, ri)}</a>` : cell(c, ci, ri)}
                          </th>`
                        : html`<td${cls(ci)} data-label="${table.headers[ci]}">
                            ${cell(c, ci, ri)}
                          </td>`,
                    )}
                  </tr>`;
                })
          }
        </tbody>
      </table>
    </div>
    <p class="csv">
      <a href="${csvHref}" download aria-label="${t.csvOf(table.caption)}">${t.csv}</a>
    </p>`;
}

export function sendCsv(reply: FastifyReply, table: ReportTable, from: string, to: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${csvFileName(table.id, from, to)}"`)
    .send(toCsv(table.headers, table.rows));
}
