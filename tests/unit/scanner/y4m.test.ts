import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAME, writeY4m } from '../../e2e/support/qr-frame';

const { width, height } = FRAME;
const HEADER = `YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`;
const PLANES = width * height * 1.5;

function solid(r: number, g: number, b: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([r, g, b, 255], i);
  return rgba;
}

function written(frames: Uint8ClampedArray | Uint8ClampedArray[]): Buffer {
  const path = join(mkdtempSync(join(tmpdir(), 'y4m-')), 'frame.y4m');
  writeY4m(path, frames);
  return readFileSync(path);
}

describe('writeY4m', () => {
  it('writes the header then one FRAME with its I420 planes', () => {
    const file = written(solid(0, 0, 0));
    expect(file.subarray(0, HEADER.length).toString()).toBe(HEADER);
    expect(file.subarray(HEADER.length, HEADER.length + 6).toString()).toBe('FRAME\n');
    expect(file.length).toBe(HEADER.length + 6 + PLANES);
  });

  it('writes every frame given', () => {
    expect(written([solid(0, 0, 0), solid(9, 9, 9)]).length).toBe(HEADER.length + 2 * (6 + PLANES));
  });

  it.each([
    [
      [0, 0, 0],
      [16, 128, 128],
    ],
    [
      [255, 255, 255],
      [235, 128, 128],
    ],
    [
      [255, 0, 0],
      [82, 90, 240],
    ],
  ])('converts RGB %j to BT.601 YUV %j', (rgb, yuv) => {
    const file = written(solid(rgb[0]!, rgb[1]!, rgb[2]!));
    const y = HEADER.length + 6;
    const u = y + width * height;
    const v = u + (width * height) / 4;
    expect([file[y], file[u], file[v]]).toEqual(yuv);
    expect([file[u - 1], file[v - 1], file[file.length - 1]]).toEqual(yuv);
  });
});
