// The citizen page's two screens: the look-up form (with what went wrong, if anything) and the
// certificate found. Server-rendered HTML, one stylesheet and one tiny print script (the CSP
// allows no inline code); no tablet code is loaded.
import QRCode from 'qrcode';
import { vaccineByCode } from '../../../../src/domain/vaccines';
import { html, raw, type Html } from '../../shared/html';
import type { CitizenCertificate } from './citizen-lookup';
import { CITIZEN_STRINGS, type Lang } from './citizen-strings';

export const CITIZEN_PATH = '/certificate';

const withLang = (path: string, lang: Lang) => (lang === 'en' ? `${path}?lang=en` : path);

/** 2021-08-05 → 05/08/2021, as Vietnamese write dates. */
const dmy = (date: string) => date.slice(0, 10).split('-').reverse().join('/');

function frame(lang: Lang, body: Html): string {
  const t = CITIZEN_STRINGS[lang];
  const other = lang === 'vi' ? 'en' : 'vi';
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t.title}</title>
        <link rel="stylesheet" href="${CITIZEN_PATH}/certificate.css" />
        <script src="${CITIZEN_PATH}/print.js" defer></script>
      </head>
      <body>
        <header class="top">
          <span class="brand">${t.brand}</span>
          <a class="lang" href="${withLang(CITIZEN_PATH, other)}" lang="${other}">${t.otherLang}</a>
        </header>
        <main id="main">
          <h1>${t.title}</h1>
          ${body}
        </main>
      </body>
    </html>`.text;
}

export interface FormState {
  idNumber?: string;
  dob?: string;
  /** A sentence saying what went wrong, shown in an alert. */
  error?: string;
  /** Which field the error is about, so it is marked and described. */
  invalid?: 'idNumber' | 'dob';
}

export function lookupForm(lang: Lang, state: FormState = {}): string {
  const t = CITIZEN_STRINGS[lang];
  const described = (field: 'idNumber' | 'dob', hint: string) =>
    state.invalid === field
      ? html` aria-invalid="true" aria-describedby="${hint} lookup-error"`
      : html` aria-describedby="${hint}"`;
  return frame(
    lang,
    html`<p class="intro">${t.intro}</p>
      ${state.error ? html`<p class="alert" role="alert" id="lookup-error">${state.error}</p>` : ''}
      <form class="lookup" method="post" action="${withLang(CITIZEN_PATH, lang)}">
        <label for="idNumber">${t.idNumber}</label>
        <input
          id="idNumber"
          name="idNumber"
          inputmode="numeric"
          autocomplete="off"
          required
          maxlength="20"
          value="${state.idNumber ?? ''}"
          ${described('idNumber', 'id-hint')}
        />
        <p class="hint" id="id-hint">${t.idHint}</p>
        <label for="dob">${t.dob}</label>
        <input
          id="dob"
          name="dob"
          autocomplete="bday"
          required
          maxlength="20"
          value="${state.dob ?? ''}"
          ${described('dob', 'dob-hint')}
        />
        <p class="hint" id="dob-hint">${t.dobHint}</p>
        <button type="submit">${t.find}</button>
      </form>`,
  );
}

async function qrSvg(text: string): Promise<Html> {
  // Level Q, as the EU DCC asks: a quarter of the code may be scuffed or folded and still read.
  return raw(await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'Q', margin: 2 }));
}

export async function certificatePage(lang: Lang, found: CitizenCertificate): Promise<string> {
  const t = CITIZEN_STRINGS[lang];
  const { signed, notSignable } = found;
  const doses = [...found.doses].sort((a, b) => a.date.localeCompare(b.date));
  const note = notSignable
    ? html`<div class="pending" role="status">
        <h3>${signed ? t.notUpToDateTitle : t.notSignableTitle}</h3>
        <p>${t.notSignable[notSignable]}</p>
      </div>`
    : '';
  const proof = signed
    ? html`<div class="qr" role="img" aria-label="${t.uvci}: ${signed.uvci}">
          ${await qrSvg(signed.hc1)}
        </div>
        <p class="note">${t.signedNote}</p>
        <dl class="facts">
          <dt>${t.uvci}</dt>
          <dd class="uvci">${signed.uvci}</dd>
          <dt>${t.validUntil}</dt>
          <dd>${dmy(signed.expiresAt)}</dd>
        </dl>`
    : '';
  return frame(
    lang,
    html`<article class="card" aria-labelledby="holder">
        <h2 id="holder">${found.fullName}</h2>
        <p class="colour ${found.colour}">
          <span class="sr-only">${t.colourLabel}: </span>${t[found.colour]}
        </p>
        ${note}${proof}
        <table>
          <caption>
            ${t.doses}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.doseNumber}</th>
              <th scope="col">${t.date}</th>
              <th scope="col">${t.vaccine}</th>
            </tr>
          </thead>
          <tbody>
            ${doses.map(
              (d) =>
                html`<tr>
                  <td>${d.doseNumber}</td>
                  <td>${dmy(d.date)}</td>
                  <td>${vaccineByCode(d.vaccine)?.name ?? d.vaccine}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </article>
      <div class="actions">
        ${signed ? html`<button type="button" data-print hidden>${t.print}</button>` : ''}
        <a href="${withLang(CITIZEN_PATH, lang)}">${t.again}</a>
      </div>`,
  );
}
