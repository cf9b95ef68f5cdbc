// One tablet's screen as the other tablet's camera sees it: a screenshot (PNG) of what it shows,
// decoded by a browser page, placed on the desk-grey frame of the fake camera (shrunk if it is
// taller than the frame).
import type { Locator, Page } from '@playwright/test';
import { blankFrame, FRAME } from './qr-frame';

interface Pixels {
  width: number;
  height: number;
  rgba: Buffer;
}

/** The RGBA pixels of a PNG, decoded by `page` (no PNG library on the Node side). */
async function decodePng(page: Page, png: Buffer): Promise<Pixels> {
  const { width, height, base64 } = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const bytes = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
  }, png.toString('base64'));
  return { width, height, rgba: Buffer.from(base64, 'base64') };
}

/** What `element` shows on its tablet's screen, as one camera frame. */
export async function screenFrame(element: Locator): Promise<Uint8ClampedArray> {
  const { width, height, rgba } = await decodePng(element.page(), await element.screenshot());
  const scale = Math.min(1, (FRAME.height - 20) / height, (FRAME.width - 20) / width);
  const w = Math.floor(width * scale);
  const h = Math.floor(height * scale);
  const left = Math.floor((FRAME.width - w) / 2);
  const top = Math.floor((FRAME.height - h) / 2);
  const frame = blankFrame();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const from = (Math.floor(y / scale) * width + Math.floor(x / scale)) * 4;
      frame.set(rgba.subarray(from, from + 3), ((top + y) * FRAME.width + left + x) * 4);
    }
  }
  return frame;
}
