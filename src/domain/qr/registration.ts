// The platform's own registration QR, printed on the registration slip:
//   VNVAX:R1:<siteId>:<code>:<check>
// `R1` is the format version. `siteId` is the site's id (no ':'), `code` the registration code
// (4–16 of A–Z and 0–9). `check` is one character over siteId and code (a Luhn mod 36 sum), so a
// misread or mistyped code is refused rather than matched to someone else.
const PREFIX = 'VNVAX:R1:';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface RegistrationQr {
  siteId: string;
  code: string;
}

function checkChar(payload: string): string {
  // Luhn mod N over the characters' positions in ALPHABET (others count as their code % 36).
  let sum = 0;
  [...payload.toUpperCase()].reverse().forEach((ch, i) => {
    const index = ALPHABET.indexOf(ch);
    let value = (index >= 0 ? index : ch.charCodeAt(0)) % 36;
    if (i % 2 === 0) value *= 2;
    sum += Math.floor(value / 36) + (value % 36);
  });
  return ALPHABET[(36 - (sum % 36)) % 36]!;
}

export function formatRegistrationQr({ siteId, code }: RegistrationQr): string {
  const payload = `${siteId}:${code}`;
  return `${PREFIX}${payload}:${checkChar(payload)}`;
}

export type RegistrationParse =
  ({ ok: true } & RegistrationQr) | { ok: false; reason: 'not-registration' | 'bad-check' };

export function parseRegistrationQr(text: string): RegistrationParse {
  if (!text.startsWith(PREFIX)) return { ok: false, reason: 'not-registration' };
  const m = /^([^:\s]{1,64}):([A-Z0-9]{4,16}):([0-9A-Z])$/.exec(text.slice(PREFIX.length));
  if (!m) return { ok: false, reason: 'not-registration' };
  const [, siteId = '', code = '', check] = m;
  if (checkChar(`${siteId}:${code}`) !== check) return { ok: false, reason: 'bad-check' };
  return { ok: true, siteId, code };
}
