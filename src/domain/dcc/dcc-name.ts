// A Vietnamese name in the DCC's `nam`: the family name comes first ("Nguyễn Đức Bảo Duy": `fn`
// Nguyễn, `gn` Đức Bảo Duy, as written), and `fnt`/`gnt` are the ICAO 9303 transliterations:
// diacritics dropped, Đ → D, spaces and hyphens → `<`, apostrophes dropped (the schema's own
// example: "d'Červenková Panklová" → DCERVENKOVA<PANKLOVA), capitals, at most 80 characters.

export interface DccName {
  fn: string;
  fnt: string;
  gn?: string;
  gnt?: string;
}

const MAX = 80;

/**
 * Names repeat (a few hundred family names cover the country): bulk issuing looks each one up
 * instead of running the six replacements again (~3 µs of a certificate's ~95).
 */
const MEMO_SIZE = 50_000;
const memo = new Map<string, string>();

export function icaoTransliteration(name: string): string {
  let text = memo.get(name);
  if (text === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(name, (text = transliterate(name)));
  }
  return text;
}

function transliterate(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/['’ʼ`]/g, '')
    .trim()
    .replace(/[\s-]+/g, '<')
    .replace(/[^A-Z<]/g, '')
    .slice(0, MAX);
}

/** The DCC name of a full name as written, or undefined when nothing of it transliterates. */
export function dccName(fullName: string): DccName | undefined {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const fn = (words[0] ?? '').slice(0, MAX);
  const fnt = icaoTransliteration(fn);
  if (fnt === '') return undefined;
  if (words.length === 1) return { fn, fnt };
  const gn = words.slice(1).join(' ').slice(0, MAX);
  return { fn, fnt, gn, gnt: icaoTransliteration(gn) };
}
