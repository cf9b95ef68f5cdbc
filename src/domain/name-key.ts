// Accent-insensitive matching key for Vietnamese names: the personal QR carries names without
// diacritics and people type them every which way, so "Nguyễn Thị Ánh", "NGUYEN THI ANH" and
// "nguyen  thi anh" must meet on one key.

/** Lowercase, no diacritics, đ → d, single spaces, trimmed. */
export function nameKey(fullName: string): string {
  return fullName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key of the name + date of birth index (dob as YYYY-MM-DD). */
export function nameDobKey(fullName: string, dob: string): string {
  return `${nameKey(fullName)}|${dob}`;
}

/** Whether two spellings are the same name once accents, case and spacing are set aside. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
