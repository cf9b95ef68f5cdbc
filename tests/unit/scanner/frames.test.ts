import { describe, expect, it } from 'vitest';
import { frameRegion } from '../../../src/scanner/frames';

describe('frameRegion', () => {
  it('sends the centre square (60% of the shorter side) on even frames', () => {
    const square = { sw: 432, sh: 432, width: 432, height: 432 };
    expect(frameRegion(1280, 720, 0)).toEqual({ sx: 424, sy: 144, ...square });
    expect(frameRegion(720, 1280, 2)).toEqual({ sx: 144, sy: 424, ...square });
  });

  it('sends the whole picture, at most 960 px wide, on odd frames', () => {
    expect(frameRegion(1280, 720, 1)).toEqual({
      sx: 0,
      sy: 0,
      sw: 1280,
      sh: 720,
      width: 960,
      height: 540,
    });
    expect(frameRegion(640, 480, 3)).toMatchObject({ width: 640, height: 480 });
  });
});
