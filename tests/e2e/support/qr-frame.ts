// Camera frames for Chromium's fake camera: a QR code as a card held up to a desk camera,
// written as a one-frame YUV4MPEG2 file (Chromium loops it).
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

export const FRAME = { width: 1280, height: 720 };

/** A code on the desk: its text, where its centre is (from the frame's centre) and its module. */
export interface PlacedCode {
  text: string;
  dx?: number;
  dy?: number;
  moduleSize?: number;
}

/** RGBA pixels: a light grey desk with the code, black on white with its quiet zone, centred. */
export function qrFrame(text: string, moduleSize = 6): Uint8ClampedArray {
  return codesFrame([{ text, moduleSize }]);
}

/** RGBA pixels: the desk with several codes, e.g. a card held beside a poster. */
export function codesFrame(codes: PlacedCode[]): Uint8ClampedArray {
  const pixels = blankFrame();
  for (const code of codes) drawCode(pixels, code);
  return pixels;
}

function drawCode(pixels: Uint8ClampedArray, { text, dx = 0, dy = 0, moduleSize = 6 }: PlacedCode) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { width, height } = FRAME;
  const quiet = 4;
  const side = (modules.size + 2 * quiet) * moduleSize;
  const left = Math.floor((width - side) / 2) + dx;
  const top = Math.floor((height - side) / 2) + dy;
  if (left < 0 || top < 0 || left + side > width || top + side > height) {
    throw new Error(`the code does not fit in the frame at (${dx}, ${dy})`);
  }
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / moduleSize) - quiet;
      const my = Math.floor(y / moduleSize) - quiet;
      const inside = mx >= 0 && my >= 0 && mx < modules.size && my < modules.size;
      const dark = inside && modules.get(my, mx) === 1;
      const i = ((top + y) * width + left + x) * 4;
      pixels.fill(dark ? 20 : 245, i, i + 3);
    }
  }
}

/** 4:2:0 frames (BT.601 limited range), the format `--use-file-for-fake-video-capture` reads;
 * Chromium loops them at `fps`. */
export function writeY4m(
  path: string,
  frames: Uint8ClampedArray | Uint8ClampedArray[],
  fps = 30,
): void {
  const { width, height } = FRAME;
  const list = Array.isArray(frames) ? frames : [frames];
  const parts: Buffer[] = [
    Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`),
  ];
  for (const rgba of list) {
    const y = Buffer.alloc(width * height);
    const u = Buffer.alloc((width / 2) * (height / 2));
    const v = Buffer.alloc((width / 2) * (height / 2));
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const i = (row * width + col) * 4;
        const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
        y[row * width + col] = Math.round(16 + 0.257 * r + 0.504 * g + 0.098 * b);
        if (row % 2 === 0 && col % 2 === 0) {
          const c = (row / 2) * (width / 2) + col / 2;
          u[c] = Math.round(128 - 0.148 * r - 0.291 * g + 0.439 * b);
          v[c] = Math.round(128 + 0.439 * r - 0.368 * g - 0.071 * b);
        }
      }
    }
    parts.push(Buffer.from('FRAME\n'), y, u, v);
  }
  writeFileSync(path, Buffer.concat(parts));
}

/** A frame with nothing to read: the empty desk between two people. */
export function blankFrame(): Uint8ClampedArray {
  const pixels = new Uint8ClampedArray(FRAME.width * FRAME.height * 4).fill(200);
  for (let i = 3; i < pixels.length; i += 4) pixels[i] = 255;
  return pixels;
}
