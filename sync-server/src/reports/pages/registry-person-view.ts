// One person of the work-queue: recorded values beside the registry's, why the match was made
// (each field's level and weight), the candidates of an ambiguous match, the check-ins the person
// is made of, the trail of views and actions, and the forms that act on the match.
import type { FieldScore, MatchCandidate, MatchField } from '../../../../src/domain/registry/types';
import type { QueueRow } from '../queries/registry-queries';
import type { RegistryAuditTable, RegistryPersonsTable } from '../../store/schema';
import { timeText } from './dates';
import { html, type Html } from './html';
import { href } from './layout';
import { FIELDS } from './registry-filter';
import { detailOf, differs, shownValue } from './registry-list-view';
import type { QueueContext } from './registry-page';

export interface PersonView {
  row: QueueRow;
  candidates: (MatchCandidate & { person?: RegistryPersonsTable })[];
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

function actionForm(
  c: QueueContext,
  key: string,
  action: string,
  label: string,
  extra: Html | string = '',
) {
  return html`<form
    class="act"
    method="post"
    action="${href(`/reports/registry/person/${key}/${action}`, c.lang)}"
  >
    ${extra}<button type="submit">${label}</button>
  </form>`;
}

export function personBody(c: QueueContext, v: PersonView, notice: Html | ''): Html {
  const { t } = c;
  const { row } = v;
  const d = detailOf(row);
  const explanation = (JSON.parse(row.detail) as FullDetail).explanation ?? [];
  const rec = recordedOf(row);
  const key = row.personKey;
  const hidden = (id: string) => html`<input type="hidden" name="registryId" value="${id}" />`;
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
    ${
      v.candidates.length > 0
        ? html`<section>
            <h2>${t.candidates}</h2>
            <ul class="candidates">
              ${v.candidates.map(
                (cand) =>
                  html`<li>
                    <p>
                      <strong>${cand.person?.full_name ?? cand.registryId}</strong> ·
                      ${t.field.id_number}: ${cand.registryId} · ${t.field.dob}:
                      ${cand.person?.dob ?? t.none} · ${t.field.sex}:
                      ${shownValue(c, 'sex', cand.person?.sex ?? '')} · ${t.score}:
                      ${cand.score.toFixed(1)}
                      ${cand.differences.length > 0 ? html` · ${t.differs}: ${cand.differences.map((f) => t.field[f]).join(', ')}` : ''}
                    </p>
                    <div class="acts">
                      ${row.status === 'ambiguous' ? actionForm(c, key, 'choose', t.choose, hidden(cand.registryId)) : ''}
                      ${actionForm(c, key, 'rule-out', t.ruleOut, hidden(cand.registryId))}
                    </div>
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    <section>
      <h2>${t.actions}</h2>
      <div class="acts">
        ${row.status === 'mismatch' ? actionForm(c, key, 'accept', t.accept) : ''}
        ${row.registryId !== null && row.status !== 'ambiguous' ? actionForm(c, key, 'rule-out', t.ruleOut, hidden(row.registryId)) : ''}
      </div>
      ${
        row.registryId !== null
          ? html`<form
              class="note-form"
              method="post"
              action="${href(`/reports/registry/person/${key}/registry-wrong`, c.lang)}"
            >
              ${hidden(row.registryId)}
              <fieldset>
                <legend>${t.wrongFields}</legend>
                ${FIELDS.map((f) => html`<span class="check"><input type="checkbox" id="w-${f}" name="fields" value="${f}" ${differs(row, f) ? html` checked` : ''} /><label for="w-${f}">${t.field[f]}</label></span>`)}
              </fieldset>
              <label for="w-note">${t.noteLabel}</label>
              <p class="hint" id="w-hint">${t.registryWrongHint}</p>
              <textarea
                id="w-note"
                name="note"
                rows="3"
                maxlength="1000"
                required
                aria-describedby="w-hint"
              ></textarea>
              <button type="submit">${t.registryWrong}: ${t.send}</button>
            </form>`
          : ''
      }
    </section>
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
