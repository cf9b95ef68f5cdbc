// How the duplicate groups are drawn and exported: the registry person's values once, then each
// platform person recorded as them (values, site, status, check-ins, a link to the person page),
// and the group's "Gộp" link. The CSV has one row per platform person, the group's registry
// values repeated on each.
import type { Cell } from '../csv';
import type { QueueRow } from '../queries/registry-queries';
import type { DuplicateStrings } from './registry-duplicate-strings';
import type { DuplicateGroup } from './registry-duplicate-groups';
import { html, type Html } from '../../shared/html';
import { href } from './layout';
import { FIELDS } from './registry-filter';
import { fieldPair, recorded, shownValue } from './registry-list-view';
import type { QueueContext } from './registry-page';

/** The registry person's values, as a short list. */
export function registryValues(c: QueueContext, g: DuplicateGroup): Html {
  return html`<dl class="record">
    ${FIELDS.map(
      (f) =>
        html`<div>
          <dt>${c.t.field[f]}</dt>
          <dd>${shownValue(c, f, g.registry?.[f] ?? (f === 'id_number' ? g.registryId : ''))}</dd>
        </div>`,
    )}
  </dl>`;
}

/** One group; `withMerge` adds its "Gộp" button (not on the merge's own confirm page). */
export function groupSection(
  c: QueueContext,
  d: DuplicateStrings,
  g: DuplicateGroup,
  i: number,
  withMerge = true,
) {
  const { t } = c;
  const name = g.registry?.full_name ?? g.registryId;
  const caption = `${d.recordedAs}: ${name}`;
  const headers = [t.person, t.site, t.statusLabel, ...FIELDS.map((f) => t.field[f]), d.checkins];
  const row = ({ row: r, checkins }: { row: QueueRow; checkins: number }) =>
    html`<tr>
      <th scope="row" data-label="${t.person}">
        <a href="${href(`/reports/registry/person/${r.personKey}`, c.lang)}">${r.fullName}</a>
      </th>
      <td data-label="${t.site}">${r.siteId}</td>
      <td data-label="${t.statusLabel}">
        ${t.status[r.status as keyof typeof t.status] ?? r.status}
      </td>
      ${FIELDS.map((f) => html`<td data-label="${t.field[f]}">${fieldPair(c, r, f)}</td>`)}
      <td class="num" data-label="${d.checkins}">${checkins.toLocaleString(c.locale)}</td>
    </tr>`;
  return html`<section class="duplicate" aria-labelledby="dup-${i}">
    <h2 id="dup-${i}">${d.registryPerson}: ${name}</h2>
    ${registryValues(c, g)}
    <div class="table-wrap" tabindex="0" role="region" aria-label="${caption}">
      <table class="cards queue">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            ${headers.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${g.persons.map(row)}
        </tbody>
      </table>
    </div>
    ${
      withMerge
        ? html`<form
            class="act"
            method="get"
            action="/reports/registry/duplicates/${g.registryId}/merge"
          >
            ${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
            <button type="submit" aria-label="${d.mergeOf(name)}">${d.merge}</button>
          </form>`
        : ''
    }
  </section>`;
}

export const DUPLICATE_CSV_HEADERS = [
  'registry_id',
  ...FIELDS.map((f) => `registry_${f}`),
  'person_key',
  'site_id',
  'status',
  ...FIELDS.map((f) => `recorded_${f}`),
  'checkins',
];

export function duplicateCsvRows(groups: readonly DuplicateGroup[]): Cell[][] {
  return groups.flatMap((g) =>
    g.persons.map(({ row: r, checkins }) => [
      g.registryId,
      ...FIELDS.map((f) => g.registry?.[f] ?? ''),
      r.personKey,
      r.siteId,
      r.status,
      ...FIELDS.map((f) => recorded(r, f)),
      checkins,
    ]),
  );
}
