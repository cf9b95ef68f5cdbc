// Decodes QR codes off the main thread with ZXing-C++ (WebAssembly), which reads far more of the
// blurred, tilted and glared frames a desk camera sees than the JavaScript port. The .wasm is
// bundled and served by us (precached by the service worker): the scanner must work offline.
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { Crop, DecodeRequest, DecodeResponse } from './decode-protocol';
import { evenRect, greyPixels, hasLumaPlane } from './luma';

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

/**
 * The copied planes of the last frame, kept for the next one (a frame is ~1.4 MB of YUV). Shared
 * safely because the scanner sends its next frame only once this one is answered (index.ts).
 */
let planes = new Uint8Array(0);
/** Cleared once copying a frame's planes fails: that browser's frames go through the canvas. */
let copyWorks = true;

/**
 * Luma straight from a YUV camera frame's first plane; the canvas for anything else, and for a
 * frame shown rotated or stretched (its crop is in display pixels).
 */
async function pixels({ image, crop }: DecodeRequest): Promise<ImageData> {
  const visible = 'format' in image ? image.visibleRect : null;
  if (
    !copyWorks ||
    !('format' in image) ||
    !hasLumaPlane(image.format) ||
    !visible ||
    image.displayWidth !== visible.width ||
    image.displayHeight !== visible.height
  ) {
    return canvasPixels(image, crop);
  }
  const rect = evenRect(
    { ...crop, sx: crop.sx + visible.x, sy: crop.sy + visible.y },
    visible.x + visible.width,
    visible.y + visible.height,
  );
  let luma: PlaneLayout;
  try {
    const size = image.allocationSize({ rect });
    if (planes.length < size) planes = new Uint8Array(size);
    [luma] = (await image.copyTo(planes, { rect })) as [PlaneLayout];
  } catch {
    copyWorks = false;
    return canvasPixels(image, crop);
  }
  const fullRange = image.colorSpace.fullRange ?? false;
  image.close();
  const grey = greyPixels(
    { bytes: planes.subarray(luma.offset), stride: luma.stride, ...rect },
    crop.width,
    crop.height,
    fullRange,
  );
  return new ImageData(grey.data, grey.width, grey.height);
}

function canvasPixels(image: VideoFrame | ImageBitmap, crop: Crop): ImageData {
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
    const results = await readBarcodes(await pixels(data), {
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
