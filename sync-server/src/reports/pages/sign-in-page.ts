// The sign-in form. A failed try keeps the username typed and says why in an alert, never which
// of the two was wrong.
import { SIGN_IN_PATH } from '../../operators';
import { html } from '../../shared/html';
import { href, page } from './layout';
import { STRINGS, type Lang } from './strings';

export function signInPage(
  lang: Lang,
  next: string,
  failed?: { error: string; username: string },
): string {
  const t = STRINGS[lang];
  const other = lang === 'vi' ? 'en' : 'vi';
  const body = html`<p class="intro">${t.signInIntro}</p>
    ${failed ? html`<p class="alert" role="alert">${failed.error}</p>` : ''}
    <form class="sign-in" method="post" action="${href(SIGN_IN_PATH, lang)}">
      <input type="hidden" name="next" value="${next}" />
      <label for="username">${t.username}</label>
      <input
        id="username"
        name="username"
        autocomplete="username"
        required
        autocapitalize="none"
        spellcheck="false"
        value="${failed?.username ?? ''}"
      />
      <label for="password">${t.password}</label>
      <input
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        required
      />
      <button type="submit">${t.signIn}</button>
    </form>`;
  return page({
    lang,
    title: t.signInTitle,
    otherLangHref: href(SIGN_IN_PATH, other, { next }),
    body,
  });
}
