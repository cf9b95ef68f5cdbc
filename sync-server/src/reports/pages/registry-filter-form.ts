// The work list's filter form (GET, no script): district (grouped by province), site, status,
// differing field, kind of difference grouped by field, "only this field"; and the same filter as
// hidden fields of a POST form.
import type { Store } from '../../store/store';
import { registryQueriesRepo } from '../queries/registry-queries';
import { html, type Html } from '../../shared/html';
import { provinceName } from './context';
import { FIELDS, NO_DISTRICT, queueParams, STATUSES } from './registry-filter';
import type { QueueContext } from './registry-page';
import { districtLabel } from './registry-places';
import { FIELD_KINDS } from './registry-strings';
import { STRINGS } from './strings';

const option = (value: string, label: string, current: string | undefined) =>
  html`<option value="${value}" ${value === (current ?? '') ? html` selected` : ''}>
    ${label}
  </option>`;

/** The districts of these sites, each province's by code; whether a site has none. */
function districtsOf(sites: readonly { province: string; district: string | null }[]) {
  const byProvince = new Map<string, Set<string>>();
  for (const s of sites) {
    if (s.district === null) continue;
    const codes = byProvince.get(s.province) ?? new Set<string>();
    byProvince.set(s.province, codes.add(s.district));
  }
  return {
    provinces: [...byProvince].map(([province, codes]) => ({ province, codes: [...codes].sort() })),
    someWithout: sites.some((s) => s.district === null),
  };
}

export async function queueFilterForm(c: QueueContext, store: Store): Promise<Html> {
  const { t } = c;
  const w = c.filter.work;
  const sites = await registryQueriesRepo(store).sites(c.filter.scope);
  const districts = districtsOf(sites);
  const currentDistrict = queueParams(c.filter).district;
  return html`<form
    class="filters"
    method="get"
    action="/reports/registry/list"
    aria-label="${STRINGS[c.lang].filters}"
  >
    ${c.lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
    ${c.filter.province ? html`<input type="hidden" name="province" value="${c.filter.province}" />` : ''}
    <div>
      <label for="f-district">${t.districtLabel}</label>
      <select id="f-district" name="district">
        ${option('', t.anyDistrict, currentDistrict)}
        ${districts.provinces.map(
          (p) =>
            html`<optgroup label="${provinceName(p.province)}">
              ${p.codes.map((d) => option(d, t.district(d), currentDistrict))}
            </optgroup>`,
        )}
        ${districts.someWithout ? option(NO_DISTRICT, t.noDistrict, currentDistrict) : ''}
      </select>
    </div>
    <div>
      <label for="f-site">${t.site}</label>
      <select id="f-site" name="site">
        ${option('', t.anySite, w.siteId)}
        ${sites.map((s) => option(s.id, `${s.name} (${s.id})`, w.siteId))}
      </select>
    </div>
    <div>
      <label for="f-status">${t.statusLabel}</label>
      <select id="f-status" name="status">
        ${option('', t.anyStatus, w.status)}
        ${STATUSES.map((s) => option(s, t.status[s], w.status))}
      </select>
    </div>
    <div>
      <label for="f-field">${t.differingField}</label>
      <select id="f-field" name="field">
        ${option('', t.anyField, w.field)} ${FIELDS.map((f) => option(f, t.field[f], w.field))}
      </select>
    </div>
    <div>
      <label for="f-kind">${t.kindLabel}</label>
      <select id="f-kind" name="kind">
        ${option('', t.anyKind, w.kind)}
        ${FIELDS.map(
          (f) =>
            html`<optgroup label="${t.field[f]}">
              ${FIELD_KINDS[f].map((k) =>
                option(`${f}:${k}`, t.kind[k] ?? k, w.kind && `${w.field}:${w.kind}`),
              )}
            </optgroup>`,
        )}
      </select>
    </div>
    <div class="check">
      <input id="f-only" type="checkbox" name="only" value="1" ${w.only ? html` checked` : ''} />
      <label for="f-only">${t.only}</label>
    </div>
    <div><button type="submit">${STRINGS[c.lang].apply}</button></div>
  </form>`;
}

/** The filter as hidden fields, for a POST that must act on exactly the list shown. */
export function hiddenFilter(c: QueueContext): Html {
  return html`${Object.entries(queueParams(c.filter)).map(([k, v]) =>
    v === undefined ? '' : html`<input type="hidden" name="${k}" value="${v}" />`,
  )}`;
}

/** The filter in words, for the confirm page: what exactly is about to be accepted. */
export function filterSummary(c: QueueContext): Html {
  const { t } = c;
  const w = c.filter.work;
  const items: [string, string][] = [
    ...(c.filter.province
      ? [[STRINGS[c.lang].province, c.filter.province] as [string, string]]
      : []),
    [t.districtLabel, w.district === undefined ? t.anyDistrict : districtLabel(t, w.district)],
    [t.site, w.siteId ?? t.anySite],
    [t.statusLabel, w.status ? t.status[w.status] : t.anyStatus],
    [t.differingField, w.field ? t.field[w.field] : t.anyField],
    [t.kindLabel, w.kind ? (t.kind[w.kind] ?? w.kind) : t.anyKind],
    ...(w.only ? [[t.only, t.yes] as [string, string]] : []),
  ];
  return html`<dl class="stats">
    ${items.map(
      ([k, v]) =>
        html`<div>
          <dt>${k}</dt>
          <dd class="small">${v}</dd>
        </div>`,
    )}
  </dl>`;
}
