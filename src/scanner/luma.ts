// A camera frame's brightness as the decoder reads it. A camera's VideoFrame is YUV: its first
// plane is already the luma the decoder wants. Copying that plane out (VideoFrame.copyTo) and
// resampling it here takes a few ms; drawing the frame on a canvas and reading the canvas back
// took 43–83 ms a frame in Chromium, most of the decoder's time (docs/benchmarks.md).
import type { Crop } from './decode-protocol';

/** 8-bit YUV layouts whose first plane is full-size luma (WebCodecs VideoPixelFormat). */
const LUMA_FIRST = new Set(['I420', 'I420A', 'I422', 'I422A', 'I444', 'I444A', 'NV12']);

export const hasLumaPlane = (format: string | null): boolean =>
  format !== null && LUMA_FIRST.has(format);

/** The crop widened to even edges: 4:2:0 frames copy only rectangles on whole chroma samples. */
export function evenRect({ sx, sy, sw, sh }: Crop, frameWidth: number, frameHeight: number) {
  const x = Math.max(0, sx - (sx % 2));
  const y = Math.max(0, sy - (sy % 2));
  const right = Math.min(frameWidth, sx + sw + ((sx + sw) % 2));
  const bottom = Math.min(frameHeight, sy + sh + ((sy + sh) % 2));
  return { x, y, width: right - x, height: bottom - y };
}

export interface LumaPlane {
  bytes: Uint8Array;
  /** Bytes from one row to the next. */
  stride: number;
  width: number;
  height: number;
}

export interface Pixels {
  data: Uint8ClampedArray<ArrayBuffer>;
  width: number;
  height: number;
}

/** Grey RGBA words (little-endian R, G, B, A) of each luma; limited range (16–235) stretched. */
const greyWords = (limited: boolean) =>
  Uint32Array.from({ length: 256 }, (_, y) => {
    const l = limited ? Math.min(255, Math.max(0, Math.round(((y - 16) * 255) / 219))) : y;
    return (0xff000000 | (l << 16) | (l << 8) | l) >>> 0;
  });
const FULL = greyWords(false);
const LIMITED = greyWords(true);

/**
 * The plane resampled (bilinear, pixel centres aligned) to `width` × `height`, grey RGBA as
 * ImageData holds it: the decoder turns RGBA back into luma, and equal R, G and B give back
 * exactly the luma. A camera's limited-range luma is stretched to 0–255, as a canvas would.
 */
export function greyPixels(
  plane: LumaPlane,
  width: number,
  height: number,
  fullRange = false,
): Pixels {
  const out = new Uint8ClampedArray(width * height * 4);
  const words = new Uint32Array(out.buffer);
  const { bytes, stride } = plane;
  const table = fullRange ? FULL : LIMITED;
  const grey = (l: number) => table[l]!;
  if (width === plane.width && height === plane.height) {
    for (let y = 0; y < height; y++) {
      const row = y * stride;
      for (let x = 0; x < width; x++) words[y * width + x] = grey(bytes[row + x]!);
    }
    return { data: out, width, height };
  }
  const fx = plane.width / width;
  const fy = plane.height / height;
  const maxX = plane.width - 1;
  const maxY = plane.height - 1;
  // Each output column's two source columns and weight, worked out once for every row.
  const x0s = new Int32Array(width);
  const wxs = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const sx = Math.min(maxX, Math.max(0, (x + 0.5) * fx - 0.5));
    x0s[x] = Math.floor(sx);
    wxs[x] = sx - Math.floor(sx);
  }
  for (let y = 0; y < height; y++) {
    const sy = Math.min(maxY, Math.max(0, (y + 0.5) * fy - 0.5));
    const y0 = Math.floor(sy);
    const wy = sy - y0;
    const top = y0 * stride;
    const bottom = Math.min(maxY, y0 + 1) * stride;
    for (let x = 0; x < width; x++) {
      const x0 = x0s[x]!;
      const x1 = Math.min(maxX, x0 + 1);
      const wx = wxs[x]!;
      const upper = bytes[top + x0]! + (bytes[top + x1]! - bytes[top + x0]!) * wx;
      const lower = bytes[bottom + x0]! + (bytes[bottom + x1]! - bytes[bottom + x0]!) * wx;
      words[y * width + x] = grey((upper + (lower - upper) * wy + 0.5) | 0);
    }
  }
  return { data: out, width, height };
}
