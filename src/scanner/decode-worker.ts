// Decodes QR codes off the main thread with ZXing-C++ (WebAssembly), which reads far more of the
// blurred, tilted and glared frames a desk camera sees than the JavaScript port. The .wasm is
// bundled and served by us (precached by the service worker): the scanner must work offline.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { DecodeRequest, DecodeResponse } from './decode-protocol';

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) =>
      path.endsWith('.wasm') ? wasmUrl : prefix + path,
  },
  fireImmediately: true,
}).catch(() => post({ id: -1, error: 'wasm' }));

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null;
  postMessage(message: DecodeResponse): void;
};
const post = (message: DecodeResponse) => scope.postMessage(message);

const MAX_SYMBOLS = 4;

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

function pixels({ image, crop }: DecodeRequest): ImageData {
  const { sx, sy, sw, sh, width, height } = crop;
  if (canvas === null || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true });
  }
  try {
    context!.drawImage(image, sx, sy, sw, sh, 0, 0, width, height);
  } finally {
    image.close();
  }
  return context!.getImageData(0, 0, width, height);
}

scope.onmessage = async ({ data }) => {
  const started = performance.now();
  try {
    const results = await readBarcodes(pixels(data), {
      formats: ['QRCode'],
      tryHarder: true,
      // A card is often held beside another QR (a poster, the citizen's slip): read them all
      // and let the desk choose, rather than stop at whichever the decoder meets first.
      maxNumberOfSymbols: MAX_SYMBOLS,
    });
    const texts = results.filter((r) => r.isValid).map((r) => r.text);
    post({ id: data.id, texts: [...new Set(texts)], ms: performance.now() - started });
  } catch (error) {
    post({ id: data.id, error: String(error) });
  }
};
