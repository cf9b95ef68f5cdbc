// How the work list is drawn and exported: each person's recorded values beside the registry's
// (registry-queue-table.ts), the reason in words. The CSV has a recorded and a registry column
// per field.
import type { Cell } from '../csv';
import type { QueueRow } from '../queries/registry-queries';
import { html, type Html } from '../../shared/html';
import { FIELDS } from './registry-filter';
import type { QueueContext } from './registry-page';
import {
  detailOf,
  inRegistry,
  personCells,
  personHeaders,
  queueTable,
  recorded,
} from './registry-queue-table';

export function listTable(c: QueueContext, rows: readonly QueueRow[], caption: string): Html {
  const { t } = c;
  const headers = [...personHeaders(c), t.reasonLabel];
  const reason = (r: QueueRow) => {
    const code = detailOf(r).reason;
    return code ? (t.reason[code as keyof typeof t.reason] ?? code) : t.none;
  };
  const body =
    rows.length === 0
      ? html`<tr>
          <td colspan="${headers.length}">${t.nobody}</td>
        </tr>`
      : rows.map(
          (r) =>
            html`<tr>
              ${personCells(c, r)}
              <td data-label="${t.reasonLabel}">${reason(r)}</td>
            </tr>`,
        );
  return queueTable(caption, headers, body, 'registry-list');
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
