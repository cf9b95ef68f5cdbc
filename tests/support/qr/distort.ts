// Distorted camera frames of a QR code, generated deterministically from a seed: the code is
// placed through a projective warp (rotation, tilt, size, off-centre), then blurred, made noisy,
// low in contrast or glared, as a card held up to a tablet's camera at a busy desk.
import QRCode from 'qrcode';
import { mulberry32 } from '../../../src/domain/mulberry32';

export interface Gray {
  width: number;
  height: number;
  data: Float32Array;
}

export interface Distortion {
  angleDeg: number;
  tiltDeg: number;
  /** Side of the code (with quiet zone) in pixels. */
  size: number;
  offsetX: number;
  offsetY: number;
  blur: number;
  noise: number;
  contrast: number;
  glare: number;
}

/** A small seeded PRNG (mulberry32). */
export const random = mulberry32;

/** Solves the homography taking the unit square's corners to `quad` (dest → unit via inverse). */
function homography(quad: [number, number][]): number[] {
  const src: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];
  const a: number[][] = [];
  src.forEach(([x, y], i) => {
    const [u, v] = quad[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  });
  for (let c = 0; c < 8; c++) {
    let pivot = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 9; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return [...a.map((row, i) => row[8]! / row[i]!), 1];
}

function invert3(m: number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [
    A,
    -(b * i - c * h),
    b * f - c * e,
    B,
    a * i - c * g,
    -(a * f - c * d),
    C,
    -(a * h - b * g),
    a * e - b * d,
  ].map((x) => x / det);
}

export function distortedFrame(
  text: string,
  d: Distortion,
  seed: number,
  width = 1280,
  height = 720,
): Gray {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cells = modules.size + 2 * quiet;
  // Corners of the code on screen: a square of `size`, tilted about the vertical axis, rotated.
  const half = d.size / 2;
  const tilt = Math.cos((d.tiltDeg * Math.PI) / 180);
  const depth = Math.sin((d.tiltDeg * Math.PI) / 180) * 0.35;
  const corners: [number, number][] = [
    [-half * tilt, -half * (1 - depth)],
    [half * tilt, -half * (1 + depth)],
    [half * tilt, half * (1 + depth)],
    [-half * tilt, half * (1 - depth)],
  ];
  const angle = (d.angleDeg * Math.PI) / 180;
  const cx = width / 2 + d.offsetX;
  const cy = height / 2 + d.offsetY;
  const quad = corners.map(([x, y]): [number, number] => [
    cx + x * Math.cos(angle) - y * Math.sin(angle),
    cy + x * Math.sin(angle) + y * Math.cos(angle),
  ]);
  const inverse = invert3(homography(quad));
  const data = new Float32Array(width * height);
  const sample = (u: number, v: number) => {
    const mx = Math.floor(u * cells) - quiet;
    const my = Math.floor(v * cells) - quiet;
    const inside = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size;
    return inside && modules.get(my, mx) === 1 ? 25 : 240;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // 2×2 supersampling softens the warp's edges as a lens would.
      let sum = 0;
      for (const [ox, oy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ] as const) {
        const px = x + ox;
        const py = y + oy;
        const w = inverse[6]! * px + inverse[7]! * py + inverse[8]!;
        const u = (inverse[0]! * px + inverse[1]! * py + inverse[2]!) / w;
        const v = (inverse[3]! * px + inverse[4]! * py + inverse[5]!) / w;
        sum +=
          u >= 0 && u < 1 && v >= 0 && v < 1
            ? sample(u, v)
            : 150 + (((x >> 5) + (y >> 5)) % 2) * 20;
      }
      data[y * width + x] = sum / 4;
    }
  }
  const frame: Gray = { width, height, data };
  if (d.blur > 0) boxBlur(frame, d.blur);
  applyContrastGlareNoise(frame, d, random(seed));
  return frame;
}

function boxBlur(frame: Gray, sigma: number): void {
  // Three box passes approximate a gaussian of this sigma.
  const r = Math.max(1, Math.round(Math.sqrt((12 * sigma * sigma) / 3 + 1) / 2));
  const { width, height, data } = frame;
  const tmp = new Float32Array(data.length);
  for (let pass = 0; pass < 3; pass++) {
    for (let y = 0; y < height; y++) {
      let acc = 0;
      for (let x = -r; x <= r; x++) acc += data[y * width + Math.min(width - 1, Math.max(0, x))]!;
      for (let x = 0; x < width; x++) {
        tmp[y * width + x] = acc / (2 * r + 1);
        acc +=
          data[y * width + Math.min(width - 1, x + r + 1)]! - data[y * width + Math.max(0, x - r)]!;
      }
    }
    for (let x = 0; x < width; x++) {
      let acc = 0;
      for (let y = -r; y <= r; y++) acc += tmp[Math.min(height - 1, Math.max(0, y)) * width + x]!;
      for (let y = 0; y < height; y++) {
        data[y * width + x] = acc / (2 * r + 1);
        acc +=
          tmp[Math.min(height - 1, y + r + 1) * width + x]! - tmp[Math.max(0, y - r) * width + x]!;
      }
    }
  }
}

function applyContrastGlareNoise(frame: Gray, d: Distortion, rand: () => number): void {
  const { width, height, data } = frame;
  const gx = width * (0.3 + 0.4 * rand());
  const gy = height * (0.3 + 0.4 * rand());
  const gr = Math.min(width, height) * (0.15 + 0.2 * rand());
  for (let i = 0; i < data.length; i++) {
    let p = 128 + (data[i]! - 128) * d.contrast;
    if (d.glare > 0) {
      const dx = (i % width) - gx;
      const dy = Math.floor(i / width) - gy;
      const falloff = Math.exp(-(dx * dx + dy * dy) / (2 * gr * gr));
      p += (255 - p) * d.glare * falloff;
    }
    if (d.noise > 0) {
      const g = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
      p += g * d.noise;
    }
    data[i] = Math.max(0, Math.min(255, p));
  }
}

/** The seeded corpus: one distortion per frame, mixing every kind and some combinations. */
export function corpusDistortions(count: number, seed = 7): Distortion[] {
  const rand = random(seed);
  const pick = (lo: number, hi: number) => lo + (hi - lo) * rand();
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 8;
    const base: Distortion = {
      angleDeg: pick(-12, 12),
      tiltDeg: pick(0, 10),
      size: pick(300, 420),
      offsetX: pick(-40, 40),
      offsetY: pick(-30, 30),
      blur: pick(0, 0.8),
      noise: pick(2, 6),
      contrast: pick(0.8, 1),
      glare: 0,
    };
    if (kind === 0) base.blur = pick(1.2, 2.5);
    if (kind === 1) base.noise = pick(12, 28);
    if (kind === 2) base.tiltDeg = pick(20, 35);
    if (kind === 3) base.angleDeg = pick(0, 360);
    if (kind === 4) base.contrast = pick(0.25, 0.45);
    if (kind === 5) base.glare = pick(0.5, 0.8);
    if (kind === 6) base.size = pick(190, 240);
    if (kind === 7) {
      base.offsetX = pick(-330, 330);
      base.offsetY = pick(-150, 150);
      base.size = pick(230, 300);
      base.blur = pick(0.8, 1.5);
      base.noise = pick(8, 14);
    }
    return base;
  });
}

export function toRgba({ width, height, data }: Gray): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i++) {
    out.fill(data[i]!, i * 4, i * 4 + 3);
    out[i * 4 + 3] = 255;
  }
  return out;
}
