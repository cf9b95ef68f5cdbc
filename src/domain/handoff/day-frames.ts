// The end-of-day transfer as an endless sequence of QR frames (docs/handoff.md): a signed bundle
// (visit-code.ts) cut into fountain symbols (fountain.ts), each frame `VXD1:` + base45 of
//   version (1) ‖ SHA-256 of the bundle (32) ‖ bundle length (4) ‖ block size (2) ‖ seed (4) ‖ symbol.
// The digest names the transfer: a frame of another transfer is refused, and the rebuilt bundle
// must hash to it before anything of it is read.
import { decode as base45Decode, encode as base45Encode } from '@digitalbazaar/base45';
import { encodeSymbol, FountainDecoder, toBlocks } from './fountain';

export const DAY_PREFIX = 'VXD1:';
const VERSION = 1;
const HEADER_BYTES = 43;
/** Bounds a hostile header before anything is allocated from it. */
export const MAX_DAY_BYTES = 4 * 1024 * 1024;
const MAX_BLOCK = 2048;
const MAX_BLOCKS = 65_535;

export interface DayFrame {
  digest: Uint8Array;
  length: number;
  blockSize: number;
  seed: number;
  symbol: Uint8Array;
}

export const isDayFrameText = (text: string): boolean => text.startsWith(DAY_PREFIX);

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** The frames of one bundle: `frame(seed)` for seed 0, 1, 2…, as many as it takes. */
export async function dayFrames(bundle: Uint8Array<ArrayBuffer>, blockSize: number) {
  const digest = await sha256(bundle);
  const blocks = toBlocks(bundle, blockSize);
  return {
    blocks: blocks.length,
    frame(seed: number): string {
      const bytes = new Uint8Array(HEADER_BYTES + blockSize);
      const view = new DataView(bytes.buffer);
      bytes[0] = VERSION;
      bytes.set(digest, 1);
      view.setUint32(33, bundle.length);
      view.setUint16(37, blockSize);
      view.setUint32(39, seed);
      bytes.set(encodeSymbol(blocks, seed), HEADER_BYTES);
      return DAY_PREFIX + base45Encode(bytes);
    },
  };
}

export function readDayFrame(text: string): DayFrame | null {
  if (!isDayFrameText(text) || text.length > 4296) return null;
  let bytes: Uint8Array;
  try {
    bytes = base45Decode(text.slice(DAY_PREFIX.length));
  } catch {
    return null;
  }
  if (bytes.length <= HEADER_BYTES || bytes[0] !== VERSION) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(33);
  const blockSize = view.getUint16(37);
  const ok =
    blockSize > 0 &&
    blockSize <= MAX_BLOCK &&
    bytes.length === HEADER_BYTES + blockSize &&
    length > 0 &&
    length <= MAX_DAY_BYTES &&
    Math.ceil(length / blockSize) <= MAX_BLOCKS;
  if (!ok) return null;
  return {
    digest: bytes.slice(1, 33),
    length,
    blockSize,
    seed: view.getUint32(39),
    symbol: bytes.slice(HEADER_BYTES),
  };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export type FrameOutcome =
  | 'unreadable'
  /** Of another transfer than the one being received: ignored. */
  | 'other-transfer'
  | 'progress'
  | 'complete';

/** Gathers one transfer's frames, locked to the first frame's digest. */
export class DayReceiver {
  private decoder: FountainDecoder | undefined;
  private header: Omit<DayFrame, 'seed' | 'symbol'> | undefined;

  /** Blocks rebuilt stay few until the last symbols (elimination solves them all at once), so
   * progress is told by distinct frames received, of the blocks there are. */
  get progress(): { received: number; blocks: number } {
    return { received: this.decoder?.received ?? 0, blocks: this.decoder?.k ?? 0 };
  }

  add(text: string): FrameOutcome {
    const frame = readDayFrame(text);
    if (frame === null) return 'unreadable';
    if (this.header === undefined) {
      const { digest, length, blockSize } = frame;
      this.header = { digest, length, blockSize };
      this.decoder = new FountainDecoder(Math.ceil(length / blockSize), blockSize);
    }
    const { digest, length, blockSize } = this.header;
    if (!sameBytes(frame.digest, digest) || frame.length !== length) return 'other-transfer';
    if (frame.blockSize !== blockSize) return 'other-transfer';
    this.decoder!.add(frame.seed, frame.symbol);
    return this.decoder!.done ? 'complete' : 'progress';
  }

  /** The rebuilt bundle once complete and only if it hashes to the transfer's digest. */
  async bundle(): Promise<Uint8Array | undefined> {
    const data = this.decoder?.data();
    if (data === undefined || this.header === undefined) return undefined;
    const bundle = data.slice(0, this.header.length);
    return sameBytes(await sha256(bundle), this.header.digest) ? bundle : undefined;
  }
}
