// The text layer of an HC1 QR: the `HC1:` context prefix and base45 (RFC 9285). Decoding is the
// library's (it validates every triple); encoding is ours: the library builds its string one
// character at a time, ~17 KB of garbage per certificate, which cost bulk issuing 7 µs of 100
// (docs/certificates.md, Speed). Ours is checked against the library in the unit tests.
import { decode as base45Decode } from '@digitalbazaar/base45';
import { errorText, failStep, okStep, type Step } from './reasons';

export const HC1_PREFIX = 'HC1:';
/**
 * A QR code holds at most 4,296 alphanumeric characters; a longer text is no HC1 QR, and the cap
 * bounds everything after it (base45 output, then the compressed input).
 */
export const MAX_HC1_TEXT = 4296;

/** The base45 text after `HC1:`; anything else (`HC2:`, `HL0:`, no prefix) is refused. */
export function unprefixHc1(text: string): Step<string> {
  if (typeof text !== 'string' || !text.startsWith(HC1_PREFIX)) {
    return failStep('prefix', 'The text does not start with "HC1:": it is not an EU DCC.');
  }
  return okStep(text.slice(HC1_PREFIX.length));
}

export function decodeBase45(text: string): Step<Uint8Array> {
  if (text.length > MAX_HC1_TEXT) {
    return failStep('base45', `The text is longer than a QR code can hold (${MAX_HC1_TEXT}).`);
  }
  try {
    return okStep(base45Decode(text));
  } catch (error) {
    return failStep('base45', `Not base45: ${errorText(error)}`);
  }
}

const ALPHABET = Uint8Array.from('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:', (c) =>
  c.charCodeAt(0),
);
const ascii = new TextDecoder();

/** RFC 9285 §4: each two bytes (big-endian) as three base45 digits, least significant first. */
export function encodeBase45(bytes: Uint8Array): string {
  const pairs = bytes.length >> 1;
  const out = new Uint8Array(pairs * 3 + (bytes.length & 1) * 2);
  let o = 0;
  for (let i = 0; i < pairs; i++) {
    let n = (bytes[2 * i]! << 8) | bytes[2 * i + 1]!;
    out[o++] = ALPHABET[n % 45]!;
    n = (n / 45) | 0;
    out[o++] = ALPHABET[n % 45]!;
    out[o++] = ALPHABET[(n / 45) | 0]!;
  }
  if (bytes.length & 1) {
    const n = bytes[bytes.length - 1]!;
    out[o++] = ALPHABET[n % 45]!;
    out[o] = ALPHABET[(n / 45) | 0]!;
  }
  return ascii.decode(out);
}

/** `HC1:` + base45 of the compressed COSE message: the text of the QR code. */
export function toHc1Text(compressed: Uint8Array): string {
  return HC1_PREFIX + encodeBase45(compressed);
}
