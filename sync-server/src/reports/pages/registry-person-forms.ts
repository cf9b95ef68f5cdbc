// The forms that act on one person of the work-queue, each a same-origin POST to
// /reports/registry/person/:key/:action (registry-action-routes): choose or rule out a candidate,
// accept the registry's values, not this person, and the note that the registry is wrong.
import type { MatchCandidate } from '../../../../src/domain/registry/types';
import type { RegistryPersonsTable } from '../../store/schema';
import type { QueueRow } from '../queries/registry-queries';
import { html, type Html } from '../../shared/html';
import { href } from './layout';
import { FIELDS } from './registry-filter';
import { differs, shownValue } from './registry-queue-table';
import type { QueueContext } from './registry-page';

export type ShownCandidate = MatchCandidate & { person?: RegistryPersonsTable };

const hidden = (id: string) => html`<input type="hidden" name="registryId" value="${id}" />`;

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

/** Who the person may be, best first: choose one (ambiguous) or rule one out. */
export function candidatesSection(
  c: QueueContext,
  row: QueueRow,
  candidates: readonly ShownCandidate[],
): Html | '' {
  const { t } = c;
  const key = row.personKey;
  return candidates.length === 0
    ? ''
    : html`<section>
        <h2>${t.candidates}</h2>
        <ul class="candidates">
          ${candidates.map(
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
      </section>`;
}

/** Accept the registry's values, not this person, and the note that the registry is wrong. */
export function actionsSection(c: QueueContext, row: QueueRow): Html {
  const { t } = c;
  const key = row.personKey;
  return html`<section>
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
  </section>`;
}
