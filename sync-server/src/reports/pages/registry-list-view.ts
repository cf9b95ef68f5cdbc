// How the work list is drawn and exported: each person's recorded values beside the registry's,
// a differing field marked by a word and the kind of difference (never by colour alone), the
// reason in words. The CSV has a recorded and a registry column per field.
import type { Cell } from '../csv';
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
const inRegistry = (row: QueueRow, f: MatchField): string => row.registry?.[f] ?? '';

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

export function listTable(c: QueueContext, rows: readonly QueueRow[], caption: string): Html {
  const { t } = c;
  const headers = [
    t.person,
    t.site,
    t.statusLabel,
    ...FIELDS.map((f) => t.field[f]),
    t.reasonLabel,
  ];
  const reason = (r: QueueRow) => {
    const code = detailOf(r).reason;
    return code ? (t.reason[code as keyof typeof t.reason] ?? code) : t.none;
  };
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${caption}">
    <table id="registry-list" class="cards queue">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${headers.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${
          rows.length === 0
            ? html`<tr>
                <td colspan="${headers.length}">${t.nobody}</td>
              </tr>`
            : rows.map(
                (r) =>
                  html`<tr>
                    <th scope="row" data-label="${t.person}">
                      <a href="${href(`/reports/registry/person/${r.personKey}`, c.lang)}"
                        >${r.fullName || t.open}</a
                      >
                    </th>
                    <td data-label="${t.site}">${r.siteId}</td>
                    <td data-label="${t.statusLabel}">
                      ${t.status[r.status as keyof typeof t.status] ?? r.status}
                    </td>
                    ${FIELDS.map((f) => html`<td data-label="${t.field[f]}" ${differs(r, f) ? html` class="differs"` : ''}>${fieldPair(c, r, f)}</td>`)}
                    <td data-label="${t.reasonLabel}">${reason(r)}</td>
                  </tr>`,
              )
        }
      </tbody>
    </table>
  </div>`;
}

export const CSV_HEADERS = [
  'person_key',
  'site_id',
  'status',
  'reason',
  'differences',
  ...FIELDS.flatMap((f) => [`recorded_${f}`, `registry_${f}`]),
  'registry_id',
  'matched_at',
];

export function csvRows(rows: readonly QueueRow[]): Cell[][] {
  return rows.map((r) => [
    r.personKey,
    r.siteId,
    r.status,
    detailOf(r).reason ?? '',
    r.differences,
    ...FIELDS.flatMap((f) => [recorded(r, f), inRegistry(r, f)]),
    r.registryId ?? '',
    r.matchedAt,
  ]);
}
