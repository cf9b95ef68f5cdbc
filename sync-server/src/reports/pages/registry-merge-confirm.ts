// The confirm form of a merge: what it will do, in words, and the group's persons as the operator
// saw them; the POST merges only if the group is still these persons.
import { html } from '../../shared/html';
import { href } from './layout';
import { groupKeys, type DuplicateGroup } from './registry-duplicate-groups';
import type { DuplicateStrings } from './registry-duplicate-strings';
import { groupSection } from './registry-duplicates-view';
import type { QueueContext } from './registry-page';

export function mergeConfirm(
  c: QueueContext,
  d: DuplicateStrings,
  g: DuplicateGroup,
  alert?: string,
) {
  const action = href(`/reports/registry/duplicates/${g.registryId}/merge`, c.lang);
  return html`${alert ? html`<p class="alert" role="alert">${alert}</p>` : ''}
    <form class="confirm" method="post" action="${action}">
      ${groupKeys(g).map((k) => html`<input type="hidden" name="personKeys" value="${k}" />`)}
      <ul>
        ${d.willDo(g.persons.length).map((line) => html`<li>${line}</li>`)}
      </ul>
      <button type="submit">${d.confirm}</button>
    </form>
    <p><a href="${href('/reports/registry/duplicates', c.lang)}">← ${d.cancel}</a></p>
    ${groupSection(c, d, g, 0, false)}`;
}
