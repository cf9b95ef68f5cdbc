// Accent-insensitive Vietnamese name matching: the health apps' QR carries names without
// diacritics, and people type names with or without them.
export function nameKey(fullName: string): string {
  return fullName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
