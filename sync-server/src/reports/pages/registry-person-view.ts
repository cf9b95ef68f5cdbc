// One person of the work-queue: recorded values beside the registry's, why the match was made
// (each field's level and weight), the candidates of an ambiguous match, the check-ins the person
// is made of and the trail of views and actions (the forms that act on it: registry-person-forms).
import type { FieldScore, MatchCandidate, MatchField } from '../../../../src/domain/registry/types';
import type { QueueRow } from '../queries/registry-queries';
import type { RegistryAuditTable } from '../../store/schema';
import { timeText } from './dates';
import { html, type Html } from '../../shared/html';
import { href } from './layout';
import { FIELDS } from './registry-filter';
import { detailOf, differs, shownValue } from './registry-queue-table';
import type { QueueContext } from './registry-page';
import { actionsSection, candidatesSection, type ShownCandidate } from './registry-person-forms';

export interface PersonView {
  row: QueueRow;
  candidates: ShownCandidate[];
  recordIds: string[];
  trail: RegistryAuditTable[];
}

type FullDetail = { explanation?: FieldScore[]; candidates?: MatchCandidate[] };
export const candidatesOf = (row: QueueRow): MatchCandidate[] =>
  (JSON.parse(row.detail) as FullDetail).candidates ?? [];

const recordedOf = (r: QueueRow): Record<MatchField, string> => ({
  id_number: r.idNumber ?? '',
  full_name: r.fullName,
  dob: r.dob,
  sex: r.sex ?? '',
});

export function personBody(c: QueueContext, v: PersonView, notice: Html | ''): Html {
  const { t } = c;
  const { row } = v;
  const d = detailOf(row);
  const explanation = (JSON.parse(row.detail) as FullDetail).explanation ?? [];
  const rec = recordedOf(row);
  const th = (s: string) => html`<th scope="col">${s}</th>`;
  return html`<p>
      <a href="${href('/reports/registry/list', c.lang, { status: row.status })}"
        >← ${t.backToList}</a
      >
    </p>
    ${notice}
    <section>
      <h2>${t.values}</h2>
      <p>
        ${t.statusLabel}:
        <strong>${t.status[row.status as keyof typeof t.status] ?? row.status}</strong> ·
        ${t.reasonLabel}:
        ${d.reason ? (t.reason[d.reason as keyof typeof t.reason] ?? d.reason) : t.none} ·
        ${t.site}: ${row.siteId}
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label="${t.values}">
        <table class="cards">
          <caption>
            ${t.values}
          </caption>
          <thead>
            <tr>
              ${[t.fieldLabel, t.recorded, t.registry, t.differs].map(th)}
            </tr>
          </thead>
          <tbody>
            ${FIELDS.map(
              (f) =>
                html`<tr ${differs(row, f) ? html` class="differs"` : ''}>
                  <th scope="row" data-label="${t.fieldLabel}">${t.field[f]}</th>
                  <td data-label="${t.recorded}">${shownValue(c, f, rec[f])}</td>
                  <td data-label="${t.registry}">
                    ${row.registry ? shownValue(c, f, row.registry[f] ?? '') : t.none}
                  </td>
                  <td data-label="${t.differs}">
                    ${
                      differs(row, f)
                        ? html`<strong class="diff"
                            >${t.differs}${d.kinds?.[f] ? `: ${t.kind[d.kinds[f]] ?? d.kinds[f]}` : ''}</strong
                          >`
                        : t.same
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>
    ${
      explanation.length > 0
        ? html`<section>
            <h2>${t.explanation}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="${t.explanation}">
              <table class="cards">
                <caption>
                  ${t.explanation}${d.score !== undefined ? ` — ${t.score} ${d.score.toFixed(1)}` : ''}
                </caption>
                <thead>
                  <tr>
                    ${th(t.fieldLabel)}${th(t.level_)}
                    <th scope="col" class="num">${t.weight}</th>
                  </tr>
                </thead>
                <tbody>
                  ${explanation.map(
                    (e) =>
                      html`<tr>
                        <th scope="row" data-label="${t.fieldLabel}">${t.field[e.field]}</th>
                        <td data-label="${t.level_}">${t.level[e.level] ?? e.level}</td>
                        <td class="num" data-label="${t.weight}">${e.weight.toFixed(1)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </section>`
        : ''
    }
    ${candidatesSection(c, row, v.candidates)} ${actionsSection(c, row)}
    <section>
      <h2>${t.checkins}</h2>
      <ul>
        ${v.recordIds.map((id) => html`<li><a href="${href(`/reports/records/${id}`, c.lang)}">${id}</a></li>`)}
      </ul>
    </section>
    <section>
      <h2>${t.audit}</h2>
      <div class="table-wrap" tabindex="0" role="region" aria-label="${t.audit}">
        <table class="cards">
          <caption>
            ${t.audit}
          </caption>
          <thead>
            <tr>
              ${th(t.at)}${th(t.operator)}${th(t.action)}
            </tr>
          </thead>
          <tbody>
            ${v.trail.map(
              (a) =>
                html`<tr>
                  <th scope="row" data-label="${t.at}">${timeText(a.at, c.lang)}</th>
                  <td data-label="${t.operator}">${a.operator_id}</td>
                  <td data-label="${t.action}">
                    ${t.auditAction[a.action] ?? a.action}${a.detail ? ` (${a.detail})` : ''}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
}
