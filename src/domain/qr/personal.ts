// The unified personal QR of the national health apps (QĐ 1405/QĐ-BTTTT), docs/protocol.md:
//   IDnumber|FULL NAME WITHOUT DIACRITICS|YYYY-MM-DD|declarationType|QID|EXT
// An ID with digits masked by '*' cannot identify anyone: the person must show the card.
import { isLocalDate } from '../local-date';

export type PersonalParse =
  | { ok: true; id: string; fullNameAscii: string; dob: string }
  | { ok: false; reason: 'not-personal' | 'masked' };

export function parsePersonal(text: string): PersonalParse {
  const fields = text.split('|').map((f) => f.trim());
  const [id = '', name = '', dob = ''] = fields;
  if (fields.length < 3 || fields.length > 8 || !isLocalDate(dob)) {
    return { ok: false, reason: 'not-personal' };
  }
  if (/^[\d*]{9,12}$/.test(id) && id.includes('*')) return { ok: false, reason: 'masked' };
  if (!/^(\d{9}|\d{12})$/.test(id) || name === '') return { ok: false, reason: 'not-personal' };
  return { ok: true, id, fullNameAscii: name.replace(/\s+/g, ' '), dob };
}
