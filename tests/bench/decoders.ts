// Read rate of QR decoders on a seeded corpus of distorted 1280×720 frames of ID-card QRs, each
// given what the scanner gives its decoder: the centre square, then (next frame) the whole
// picture scaled to 960 px wide.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { makeCitizenId } from '../../src/domain/citizen-id';
import { corpusDistortions, distortedFrame, type Gray } from '../support/qr/distort';

const FRAMES = Number(process.env.BENCH_DECODER_FRAMES ?? 320);
const NAMES = ['Nguyễn Thị Ánh', 'Trần Văn Đức', 'Lê Hoàng Phương Uyên', 'Phạm Quốc Việt'];

function cccdText(i: number): string {
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

function crop(frame: Gray): Gray {
  const side = Math.floor(Math.min(frame.width, frame.height) * 0.6);
  const x0 = Math.floor((frame.width - side) / 2);
  const y0 = Math.floor((frame.height - side) / 2);
  const data = new Float32Array(side * side);
  for (let y = 0; y < side; y++) {
    data.set(
      frame.data.subarray((y0 + y) * frame.width + x0, (y0 + y) * frame.width + x0 + side),
      y * side,
    );
  }
  return { width: side, height: side, data };
}

function scaled(frame: Gray, width: number): Gray {
  const f = frame.width / width;
  const height = Math.round(frame.height / f);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      data[y * width + x] = frame.data[Math.floor(y * f) * frame.width + Math.floor(x * f)]!;
  }
  return { width, height, data };
}

const rgba = ({ width, height, data }: Gray) => {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i++) {
    out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = data[i]!;
    out[i * 4 + 3] = 255;
  }
  // zxing-wasm reads any {data, width, height}; Node has no ImageData class.
  return { width, height, data: out, colorSpace: 'srgb' } as ImageData;
};

type Decode = (frame: Gray) => Promise<string | null>;

// @zxing/library is CommonJS: Node's ESM loader cannot see its named exports.
const require = createRequire(import.meta.url);
const { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } =
  require('@zxing/library') as typeof import('@zxing/library');

const zxingHints = new Map([[DecodeHintType.TRY_HARDER, true]]);
const decoders: Record<string, Decode> = {
  'zxing-wasm (ZXing-C++, the scanner’s)': async (frame) => {
    const results = await readBarcodes(rgba(frame), {
      formats: ['QRCode'],
      tryHarder: true,
      maxNumberOfSymbols: 1,
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
    const { data, width, height } = rgba(frame);
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
    return { text, centre: crop(frame), full: scaled(frame, 960) };
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
