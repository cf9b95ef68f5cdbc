// The text layer of an HC1 QR: the `HC1:` context prefix and base45 (RFC 9285).
import { decode as base45Decode, encode as base45Encode } from '@digitalbazaar/base45';
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

/** `HC1:` + base45 of the compressed COSE message: the text of the QR code. */
export function toHc1Text(compressed: Uint8Array): string {
  // The library reads `input.buffer` from offset 0: give it bytes that start there.
  const bytes =
    compressed.byteOffset === 0 && compressed.byteLength === compressed.buffer.byteLength
      ? compressed
      : compressed.slice();
  return HC1_PREFIX + base45Encode(bytes);
}
