// Reading a QR code from an image file on the server (certificate:verify FILE.png): PNG or JPEG,
// recognised by content, not by name, decoded by zxing-wasm (the tablet's decoder) from its own
// wasm file, never fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

let prepared = false;

export type ImageKind = 'png' | 'jpeg';

export function imageKind(bytes: Uint8Array): ImageKind | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** The text of the first QR code in the image, or undefined when none can be read. */
export async function readQrImage(bytes: Uint8Array): Promise<string | undefined> {
  if (!prepared) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer as ArrayBuffer } });
    prepared = true;
  }
  const [first] = await readBarcodes(bytes, { formats: ['QRCode'], tryHarder: true });
  return first?.text;
}
