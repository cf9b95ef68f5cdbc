import { describe, expect, it } from 'vitest';
import { evenRect, greyPixels, hasLumaPlane } from '../../../src/scanner/luma';

/** The luma of each pixel of grey RGBA, checking R = G = B and an opaque alpha. */
function lumaOf(data: Uint8ClampedArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < data.length; i += 4) {
    expect([data[i + 1], data[i + 2], data[i + 3]]).toEqual([data[i], data[i], 255]);
    out.push(data[i]!);
  }
  return out;
}

describe('luma from a camera frame', () => {
  it('reads the first plane of 8-bit YUV frames only', () => {
    for (const format of ['I420', 'NV12', 'I444', 'I420A']) expect(hasLumaPlane(format)).toBe(true);
    for (const format of ['RGBA', 'BGRX', 'I420P10', null])
      expect(hasLumaPlane(format)).toBe(false);
  });

  it('widens a crop to even edges inside the frame', () => {
    const crop = { sx: 423, sy: 143, sw: 433, sh: 433, width: 866, height: 866 };
    expect(evenRect(crop, 1280, 720)).toEqual({ x: 422, y: 142, width: 434, height: 434 });
    const edge = { sx: 1, sy: 0, sw: 1279, sh: 719, width: 1279, height: 719 };
    expect(evenRect(edge, 1280, 720)).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  });

  it('copies the plane row by row past its stride, full range as it is', () => {
    // Two rows of 3 with a stride of 4: the fourth byte of each row is padding.
    const bytes = Uint8Array.from([10, 20, 30, 99, 40, 50, 60, 99]);
    const grey = greyPixels({ bytes, stride: 4, width: 3, height: 2 }, 3, 2, true);
    expect(lumaOf(grey.data)).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('stretches limited-range luma (16–235) to 0–255', () => {
    const bytes = Uint8Array.from([0, 16, 126, 235, 255]);
    const grey = greyPixels({ bytes, stride: 5, width: 5, height: 1 }, 5, 1);
    expect(lumaOf(grey.data)).toEqual([0, 0, 128, 255, 255]);
  });

  it('upscales twice bilinearly, with pixel centres aligned', () => {
    const bytes = Uint8Array.from([0, 100, 200, 200]);
    const grey = greyPixels({ bytes, stride: 2, width: 2, height: 2 }, 4, 4, true);
    // Output row 1 lies a quarter of the way from input row 0 to row 1: (1 + 0.5) / 2 − 0.5.
    expect(lumaOf(grey.data)).toEqual([
      0, 25, 75, 100, 50, 69, 106, 125, 150, 156, 169, 175, 200, 200, 200, 200,
    ]);
  });

  it('scales a 1920-pixel frame down to 1280 with the picture where it was', () => {
    const width = 1920;
    const bytes = Uint8Array.from({ length: width * 2 }, (_, i) => (i % width < 960 ? 0 : 255));
    const grey = lumaOf(greyPixels({ bytes, stride: width, width, height: 2 }, 1280, 1, true).data);
    expect(grey).toHaveLength(1280);
    expect(grey.slice(0, 639).every((l) => l === 0)).toBe(true);
    expect(grey.slice(641).every((l) => l === 255)).toBe(true);
  });
});
