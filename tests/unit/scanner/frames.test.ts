import { describe, expect, it } from 'vitest';
import { frameRegion } from '../../../src/scanner/frames';

describe('frameRegion', () => {
  it('sends the centre square (60% of the shorter side), upscaled twice, on even frames', () => {
    const square = { sw: 432, sh: 432, width: 864, height: 864 };
    expect(frameRegion(1280, 720, 0)).toEqual({ sx: 424, sy: 144, ...square });
    expect(frameRegion(720, 1280, 2)).toEqual({ sx: 144, sy: 424, ...square });
  });

  it('sends the whole picture on odd frames, scaled down only beyond 1280 px wide', () => {
    expect(frameRegion(1280, 720, 1)).toEqual({
      sx: 0,
      sy: 0,
      sw: 1280,
      sh: 720,
      width: 1280,
      height: 720,
    });
    expect(frameRegion(1920, 1080, 3)).toMatchObject({ width: 1280, height: 720 });
  });
});
