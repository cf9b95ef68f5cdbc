// Read rate of QR decoders on a seeded corpus of distorted 1280×720 frames of ID-card QRs, each
// given what the scanner gives its decoder: the centre square, then (next frame) the whole
// picture scaled to 960 px wide.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { makeCitizenId } from '../../src/domain/citizen-id';
import type { Crop } from '../../src/scanner/decode-protocol';
import { frameRegion } from '../../src/scanner/frames';
import { corpusDistortions, distortedFrame, toRgba, type Gray } from '../support/qr/distort';

const FRAMES = Number(process.env.BENCH_DECODER_FRAMES ?? 320);
const NAMES = ['Nguyễn Thị Ánh', 'Trần Văn Đức', 'Lê Hoàng Phương Uyên', 'Phạm Quốc Việt'];

export function cccdText(i: number): string {
  const sex = i % 2 ? 'F' : 'M';
  const year = 1940 + (i % 70);
  const id = makeCitizenId('079', sex, year, String(100000 + i));
  return [
    id,
    i % 3 ? '' : '025123456',
    NAMES[i % 4],
    `1506${year}`,
    sex === 'M' ? 'Nam' : 'Nữ',
    `${i} Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh`,
    '01022021',
  ].join('|');
}

/** The part of the frame the scanner sends on frame `index` (see src/scanner/frames.ts). */
export function sent(frame: Gray, index: number): Gray {
  return region(frame, frameRegion(frame.width, frame.height, index));
}

/** The crop of `frame`, scaled to its size (nearest pixel). */
export function region(frame: Gray, { sx, sy, sw, width, height }: Crop): Gray {
  const f = sw / width;
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data[y * width + x] =
        frame.data[(sy + Math.floor(y * f)) * frame.width + sx + Math.floor(x * f)]!;
    }
  }
  return { width, height, data };
}

// zxing-wasm reads any {data, width, height}; Node has no ImageData class.
export const imageData = (frame: Gray) =>
  ({
    width: frame.width,
    height: frame.height,
    data: toRgba(frame),
    colorSpace: 'srgb',
  }) as ImageData;

type Decode = (frame: Gray) => Promise<string | null>;

// @zxing/library is CommonJS: Node's ESM loader cannot see its named exports.
const require = createRequire(import.meta.url);
const { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } =
  require('@zxing/library') as typeof import('@zxing/library');

const zxingHints = new Map([[DecodeHintType.TRY_HARDER, true]]);
const decoders: Record<string, Decode> = {
  'zxing-wasm (ZXing-C++, the scanner’s)': async (frame) => {
    const results = await readBarcodes(imageData(frame), {
      formats: ['QRCode'],
      tryHarder: true,
      maxNumberOfSymbols: 4,
    });
    return results.find((r) => r.isValid)?.text ?? null;
  },
  '@zxing/library (JavaScript)': async ({ width, height, data }) => {
    try {
      const source = new RGBLuminanceSource(Uint8ClampedArray.from(data), width, height);
      return new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(source)), zxingHints)
        .getText();
    } catch {
      return null;
    }
  },
  jsQR: async (frame) => {
    const { data, width, height } = imageData(frame);
    return jsQR(data, width, height)?.data ?? null;
  },
};

export async function benchDecoders(): Promise<string> {
  prepareZXingModule({
    overrides: {
      wasmBinary: readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'))
        .buffer as ArrayBuffer,
    },
  });
  const distortions = corpusDistortions(FRAMES);
  const frames = distortions.map((d, i) => {
    const text = cccdText(i);
    const frame = distortedFrame(text, d, i + 1);
    return { text, centre: sent(frame, 0), full: sent(frame, 1) };
  });
  const lines = [
    `QR decoders on ${FRAMES} distorted 1280×720 ID-card frames (centre square, then full frame):`,
  ];
  for (const [name, decode] of Object.entries(decoders)) {
    let read = 0;
    let attempts = 0;
    const t0 = performance.now();
    for (const { text, centre, full } of frames) {
      attempts++;
      if ((await decode(centre)) === text) {
        read++;
        continue;
      }
      attempts++;
      if ((await decode(full)) === text) read++;
    }
    const ms = (performance.now() - t0) / attempts;
    lines.push(
      `  ${name}: ${((100 * read) / FRAMES).toFixed(1)}% read, ${ms.toFixed(1)} ms per frame`,
    );
  }
  lines.push('  target for the scanner’s decoder: ≥ 95% read');
  return lines.join('\n');
}
