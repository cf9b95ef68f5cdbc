// What the work list and the duplicates page draw alike: a person's recorded values beside the
// registry's, a differing field marked by a word and the kind of difference (never by colour
// alone), and the scrollable table of persons both pages are made of.
import type { MatchField } from '../../../../src/domain/registry/types';
import type { QueueRow } from '../queries/registry-queries';
import { html, type Html } from '../../shared/html';
import { href } from './layout';
import { FIELDS } from './registry-filter';
import type { QueueContext } from './registry-page';

type Detail = { kinds?: Record<string, string>; reason?: string; score?: number };
export const detailOf = (row: QueueRow): Detail => JSON.parse(row.detail) as Detail;

export const recorded = (row: QueueRow, f: MatchField): string =>
  ({ id_number: row.idNumber, full_name: row.fullName, dob: row.dob, sex: row.sex })[f] ?? '';
export const inRegistry = (row: QueueRow, f: MatchField): string => row.registry?.[f] ?? '';

export const differs = (row: QueueRow, f: MatchField): boolean =>
  row.differences.split(';').includes(f);

/** A field's value as read: the sex in words, the rest as written. */
export function shownValue(c: QueueContext, f: MatchField, v: string): string {
  if (v === '') return c.t.none;
  return f === 'sex' ? (c.t.sex[v] ?? v) : v;
}

/** One field of a person: recorded, then the registry's, then whether and how they differ. */
export function fieldPair(c: QueueContext, row: QueueRow, f: MatchField): Html {
  const { t } = c;
  const kind = detailOf(row).kinds?.[f];
  // One element, so a phone's card keeps it in one grid cell beside the column's name.
  return html`<div>
    <span class="pair-v"
      ><span class="v-label">${t.recordedShort}:</span> ${shownValue(c, f, recorded(row, f))}</span
    >
    ${row.registry ? html`<span class="pair-v"><span class="v-label">${t.registryShort}:</span> ${shownValue(c, f, inRegistry(row, f))}</span>` : ''}
    ${differs(row, f) ? html`<strong class="diff">${t.differs}${kind ? `: ${t.kind[kind] ?? kind}` : ''}</strong>` : ''}
  </div>`;
}

/** The column heads of a person's cells: person, site, status, then each field. */
export const personHeaders = (c: QueueContext): string[] => [
  c.t.person,
  c.t.site,
  c.t.statusLabel,
  ...FIELDS.map((f) => c.t.field[f]),
];

/** A person's cells: the link to their page, the site, the status, then each field's pair. */
export function personCells(c: QueueContext, r: QueueRow): Html {
  const { t } = c;
  return html`<th scope="row" data-label="${t.person}">
      <a href="${href(`/reports/registry/person/${r.personKey}`, c.lang)}"
        >${r.fullName || t.open}</a
      >
    </th>
    <td data-label="${t.site}">${r.siteId}</td>
    <td data-label="${t.statusLabel}">
      ${t.status[r.status as keyof typeof t.status] ?? r.status}
    </td>
    ${FIELDS.map((f) => html`<td data-label="${t.field[f]}" ${differs(r, f) ? html` class="differs"` : ''}>${fieldPair(c, r, f)}</td>`)}`;
}

/** A table of persons in a scrollable region named by its caption (a card per row on a phone). */
export function queueTable(
  caption: string,
  headers: readonly string[],
  rows: Html | readonly Html[],
  id?: string,
): Html {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}">
    <table ${id ? html`id="${id}" ` : ''}class="cards queue">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${headers.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
