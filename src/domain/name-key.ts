// Accent-insensitive matching key for Vietnamese names: the personal QR carries names without
// diacritics and people type them every which way, so "Nguyễn Thị Ánh", "NGUYEN THI ANH" and
// "nguyen  thi anh" must meet on one key.

/** Lowercase, no diacritics, đ → d: one character as nameKey folds it (spaces stay spaces). */
const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

// Each code unit of ASCII, the Latin letters with diacritics (Vietnamese's among them) and the
// combining marks, folded once here: a registry reconcile folds ~10 M names, and the string pipeline
// per name was 10 s of it at 1 M persons. Any other character takes the pipeline (slowKey).
const FOLDED: (string | undefined)[] = [];
for (const [from, to] of [
  [0x00, 0x7f],
  [0xc0, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
]) {
  for (let code = from!; code <= to!; code++) {
    const ch = String.fromCharCode(code);
    FOLDED[code] = /\s/.test(ch) ? ' ' : fold(ch);
  }
}

const slowKey = (fullName: string): string => fold(fullName).replace(/\s+/g, ' ').trim();

/** Lowercase, no diacritics, đ → d, single spaces, trimmed. */
export function nameKey(fullName: string): string {
  let key = '';
  let space = false;
  for (let i = 0; i < fullName.length; i++) {
    const folded = FOLDED[fullName.charCodeAt(i)];
    if (folded === undefined) return slowKey(fullName);
    if (folded === ' ') space = key.length > 0;
    else if (folded !== '') {
      if (space) key += ' ';
      key += folded;
      space = false;
    }
  }
  return key;
}

/** The key of the name + date of birth index (dob as YYYY-MM-DD). */
export function nameDobKey(fullName: string, dob: string): string {
  return `${nameKey(fullName)}|${dob}`;
}

/** Whether two spellings are the same name once accents, case and spacing are set aside. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
