// Raw inflate that stops at a size limit: a hand-off's compressed bytes come from another device,
// and deflate expands up to ~1,032 times, so the output is counted as it is produced.
import { Inflate } from 'fflate';

/** The inflated bytes, or undefined when they are not deflate data or exceed `max` bytes. */
export function boundedInflate(bytes: Uint8Array, max: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) throw new RangeError('inflates beyond the limit');
    chunks.push(chunk);
  });
  try {
    inflate.push(bytes, true);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
