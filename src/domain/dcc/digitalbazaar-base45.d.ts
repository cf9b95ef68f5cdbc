// @digitalbazaar/base45 ships no types: its two functions, as its source documents them.
declare module '@digitalbazaar/base45' {
  /** Throws a TypeError for a non-Uint8Array. */
  export function encode(input: Uint8Array): string;
  /** Throws a RangeError for a character or a value outside base45. */
  export function decode(input: string): Uint8Array;
}
