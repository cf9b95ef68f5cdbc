// The certificates section of a work-queue person (issue 20 point 4): which UVCI, when, why,
// revoked when and why, superseded by which; and why the person is not (re)signed, if so.
import { notSignableWords, type CertificateStanding } from '../../certificates';
import { html, type Html } from '../../shared/html';
import { timeText } from './dates';
import type { Lang } from './strings';

const WORDS = {
  vi: {
    title: 'Chứng nhận tiêm chủng',
    none: 'Chưa cấp chứng nhận nào.',
    uvci: 'Mã chứng nhận (UVCI)',
    issued: 'Cấp lúc',
    why: 'Lý do cấp',
    revoked: 'Thu hồi',
    live: 'đang hiệu lực',
    supersededBy: 'thay bằng',
    reasons: {
      'first-issue': 'cấp lần đầu',
      'new-dose': 'mũi tiêm mới',
      'dose-corrected': 'sửa mũi tiêm',
      'identity-corrected': 'sửa thông tin cá nhân',
      'key-revoked': 'khóa ký bị thu hồi',
      superseded: 'đã có chứng nhận mới',
      'no-doses': 'không còn mũi tiêm nào',
    } as Record<string, string>,
    notSignable: notSignableWords('vi', 'staff'),
    notSigned: 'Chưa ký theo thông tin hiện tại',
  },
  en: {
    title: 'Vaccination certificates',
    none: 'No certificate issued yet.',
    uvci: 'Certificate ID (UVCI)',
    issued: 'Issued',
    why: 'Why issued',
    revoked: 'Revoked',
    live: 'in force',
    supersededBy: 'superseded by',
    reasons: {
      'first-issue': 'first issue',
      'new-dose': 'new dose',
      'dose-corrected': 'dose corrected',
      'identity-corrected': 'identity corrected',
      'key-revoked': 'signing key revoked',
      superseded: 'a new certificate replaced it',
      'no-doses': 'no dose left',
    } as Record<string, string>,
    notSignable: notSignableWords('en', 'staff'),
    notSigned: 'Not signed as the facts now stand',
  },
};

export function certificateHistorySection(standing: CertificateStanding, lang: Lang): Html {
  const w = WORDS[lang];
  const th = (s: string) => html`<th scope="col">${s}</th>`;
  const reason = (r: string | null) => (r === null ? '' : (w.reasons[r] ?? r));
  return html`<section>
    <h2>${w.title}</h2>
    ${
      standing.notSignable
        ? html`<p class="alert">
            <strong>${w.notSigned}:</strong> ${w.notSignable[standing.notSignable]}
          </p>`
        : ''
    }
    ${
      standing.history.length === 0
        ? html`<p>${w.none}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label="${w.title}">
            <table class="cards">
              <caption>
                ${w.title}
              </caption>
              <thead>
                <tr>
                  ${th(w.uvci)}${th(w.issued)}${th(w.why)}${th(w.revoked)}
                </tr>
              </thead>
              <tbody>
                ${standing.history.map(
                  (c) =>
                    html`<tr>
                      <th scope="row" data-label="${w.uvci}">${c.uvci}</th>
                      <td data-label="${w.issued}">${timeText(c.issued_at, lang)}</td>
                      <td data-label="${w.why}">${reason(c.reason)}</td>
                      <td data-label="${w.revoked}">
                        ${
                          c.revoked_at === null
                            ? w.live
                            : html`${timeText(c.revoked_at, lang)} ·
                              ${reason(c.revoke_reason)}${
                                c.superseded_by ? html` · ${w.supersededBy} ${c.superseded_by}` : ''
                              }`
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}
