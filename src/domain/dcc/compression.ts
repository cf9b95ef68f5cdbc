// The zlib layer between base45 and COSE. Inflation is bounded on both sides: base45 text that
// fits a QR gives at most ~3 KB, and no DCC inflates beyond a few KB, so a larger input or output
// is refused before it can fill a tablet's memory (deflate expands at most ~1,032 times).
import { unzlibSync, zlibSync } from 'fflate';
import { errorText, failStep, okStep, type Step } from './reasons';

export const MAX_COMPRESSED_BYTES = 4096;
export const MAX_INFLATED_BYTES = 64 * 1024;

export function inflateCose(compressed: Uint8Array): Step<Uint8Array> {
  if (compressed.length > MAX_COMPRESSED_BYTES) {
    return failStep('compression', `More than ${MAX_COMPRESSED_BYTES} compressed bytes.`);
  }
  let inflated: Uint8Array;
  try {
    inflated = unzlibSync(compressed);
  } catch (error) {
    return failStep('compression', `Not zlib data: ${errorText(error)}`);
  }
  if (inflated.length > MAX_INFLATED_BYTES) {
    return failStep('compression', `Inflates to more than ${MAX_INFLATED_BYTES} bytes.`);
  }
  // fflate does not check the stream's Adler-32: a corrupted stream must not pass as a message.
  if (adler32(inflated) !== readUint32(compressed, compressed.length - 4)) {
    return failStep('compression', 'The zlib checksum does not match: the data is damaged.');
  }
  return okStep(inflated);
}

export function deflateCose(cose: Uint8Array): Uint8Array {
  return zlibSync(cose, { level: 9 });
}

/** RFC 1950 §8 Adler-32 (a checksum, not cryptography), big-endian as zlib stores it. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the longest run whose sums cannot overflow before the modulo (RFC 1950).
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(start + 5552, bytes.length);
    for (let i = start; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  );
}
