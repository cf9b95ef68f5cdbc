// Unique Vaccination Certificate Identifiers (eHN "Guidelines on Verifiable Vaccination
// Certificates – basic interoperability elements", Annex 2): `URN:UVCI:01:VN:<opaque>#<check>`,
// the check character being Luhn mod N over the whole identifier before `#`, prefix included,
// with the code points of the eHN reference implementation
// (ehn-dcc-development/eu-dcc-schema, examples/Luhn-Mod-N/luhn_mod_n.py): letters, digits, / and :.

const CODE_POINTS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:';
const N = CODE_POINTS.length;
const OPAQUE = /^[A-Z0-9/]{1,50}$/;

/** The check character of `text`, or undefined when it holds a character outside the set. */
export function luhnModNCheck(text: string): string | undefined {
  let factor = 2;
  let sum = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const codePoint = CODE_POINTS.indexOf(text[i]!);
    if (codePoint < 0) return undefined;
    const addend = factor * codePoint;
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / N) + (addend % N);
  }
  return CODE_POINTS[(N - (sum % N)) % N];
}

/** `URN:UVCI:01:<country>:<opaque>#<check>`; throws a RangeError for an opaque part out of spec. */
export function makeUvci(opaque: string, country = 'VN'): string {
  if (!OPAQUE.test(opaque) || !/^[A-Z]{2}$/.test(country)) {
    throw new RangeError('A UVCI opaque part is 1–50 of A–Z, 0–9 and /; a country two letters.');
  }
  const body = `URN:UVCI:01:${country}:${opaque}`;
  return `${body}#${luhnModNCheck(body)!}`;
}

/** Whether a UVCI written with `#<check>` carries the right check character. */
export function hasValidUvciCheck(uvci: string): boolean {
  const hash = uvci.lastIndexOf('#');
  if (hash < 0) return false;
  const check = luhnModNCheck(uvci.slice(0, hash));
  return check !== undefined && uvci.slice(hash + 1) === check;
}
