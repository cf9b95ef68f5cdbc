// The frame of every report page: one stylesheet (the CSP allows no inline style or script), a
// skip link, the navigation, who is signed in, and the page's single h1.
import type { Operator } from '../../operators';
import { html, type Html } from '../../shared/html';
import { STRINGS, type Lang } from './strings';

/** A report URL keeping the language (and any other parameters given). */
export function href(path: string, lang: Lang, params: Record<string, string | undefined> = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, v);
  if (lang === 'en') query.set('lang', 'en');
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

export function scopeLabel(operator: Operator, lang: Lang): string {
  const t = STRINGS[lang];
  const s = operator.scope;
  if (s.kind === 'national') return t.scopeNational;
  return s.kind === 'province' ? t.scopeProvince(s.province) : t.scopeSite(s.siteId);
}

export interface PageOptions {
  lang: Lang;
  title: string;
  operator?: Operator;
  /** Which nav entry is this page. */
  current?: 'overview' | 'quality' | 'registry';
  /** The same page in the other language. */
  otherLangHref: string;
  body: Html;
}

export function page({ lang, title, operator, current, otherLangHref, body }: PageOptions): string {
  const t = STRINGS[lang];
  const nav = (key: 'overview' | 'quality' | 'registry', path: string) =>
    html`<a href="${href(path, lang)}" ${current === key ? html` aria-current="page"` : ''}
      >${t[key]}</a
    >`;
  // The header's links and buttons, drawn twice: in a row on a wide screen, and behind a
  // disclosure on a phone (CSS shows one of the two; <details> needs no script, which the CSP
  // forbids inline anyway).
  const langLink = html`<a
    class="lang"
    href="${otherLangHref}"
    lang="${lang === 'vi' ? 'en' : 'vi'}"
    >${t.otherLang}</a
  >`;
  const items = operator
    ? html`<nav aria-label="${t.navLabel}">
          ${nav('overview', '/reports')}${nav('quality', '/reports/quality')}${nav(
            'registry',
            '/reports/registry',
          )}
        </nav>
        <div class="who">
          <span>${operator.name} · ${scopeLabel(operator, lang)}</span>
          <form method="post" action="/reports/sign-out">
            <button type="submit">${t.signOut}</button>
          </form>
        </div>
        ${langLink}`
    : undefined;
  const doc = html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — ${t.appName}</title>
        <link rel="stylesheet" href="/reports/reports.css" />
      </head>
      <body>
        <a class="skip" href="#main"
          >${lang === 'vi' ? 'Bỏ qua đến nội dung' : 'Skip to content'}</a
        >
        <header class="top">
          <span class="brand">${t.appName}</span>
          ${
            items
              ? html`<div class="wide-menu">${items}</div>
                  <details class="phone-menu">
                    <summary>${t.menu}</summary>
                    <div class="phone-menu-items">${items}</div>
                  </details>`
              : langLink
          }
        </header>
        <main id="main">
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html> `;
  return doc.text;
}
