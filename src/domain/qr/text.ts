// Raw scanned text made ready to split: no BOM, no trailing line breaks, names in NFC.
export function cleanScanText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[\r\n]+$/, '')
    .normalize('NFC');
}

/** ddMMyyyy → YYYY-MM-DD, or null when it is not a real date. */
export function dmyToIso(s: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(s.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

const SHOWN_MAX = 120;

/** Scanned text safe to show as plain text: control characters made visible, length capped. */
export function shownText(text: string): string {
  const visible = [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return '·';
      // A lone surrogate cannot be shown; replace it like any other unreadable byte.
      if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
      return ch;
    })
    .join('');
  return visible.length > SHOWN_MAX ? `${visible.slice(0, SHOWN_MAX)}…` : visible;
}
