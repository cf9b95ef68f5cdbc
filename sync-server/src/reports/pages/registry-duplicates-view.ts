// How the duplicate groups are drawn and exported: the registry person's values once, then each
// platform person recorded as them (values, site, status, check-ins, a link to the person page),
// and the group's "Gộp" link. The CSV has one row per platform person, the group's registry
// values repeated on each.
import type { Cell } from '../csv';
import type { DuplicateStrings } from './registry-duplicate-strings';
import type { DuplicateGroup } from './registry-duplicate-groups';
import { html, type Html } from '../../shared/html';
import { FIELDS } from './registry-filter';
import type { QueueContext } from './registry-page';
import {
  personCells,
  personHeaders,
  queueTable,
  recorded,
  shownValue,
} from './registry-queue-table';

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
  const name = g.registry?.full_name ?? g.registryId;
  const caption = `${d.recordedAs}: ${name}`;
  const headers = [...personHeaders(c), d.checkins];
  const rows = g.persons.map(
    ({ row, checkins }) =>
      html`<tr>
        ${personCells(c, row)}
        <td class="num" data-label="${d.checkins}">${checkins.toLocaleString(c.locale)}</td>
      </tr>`,
  );
  return html`<section class="duplicate" aria-labelledby="dup-${i}">
    <h2 id="dup-${i}">${d.registryPerson}: ${name}</h2>
    ${registryValues(c, g)} ${queueTable(caption, headers, rows)}
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
