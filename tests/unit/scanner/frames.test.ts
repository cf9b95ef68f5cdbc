import { describe, expect, it } from 'vitest';
import { frameRegion, repeatFilter } from '../../../src/scanner/frames';

describe('frameRegion', () => {
  it('sends the centre square (60% of the shorter side) on even frames', () => {
    expect(frameRegion(1280, 720, 0)).toEqual({ sx: 424, sy: 144, sw: 432, sh: 432 });
    expect(frameRegion(720, 1280, 2)).toEqual({ sx: 144, sy: 424, sw: 432, sh: 432 });
  });

  it('sends the whole picture, at most 960 px wide, on odd frames', () => {
    expect(frameRegion(1280, 720, 1)).toEqual({
      sx: 0,
      sy: 0,
      sw: 1280,
      sh: 720,
      resizeWidth: 960,
    });
    expect(frameRegion(640, 480, 3).resizeWidth).toBe(640);
  });
});

describe('repeatFilter', () => {
  it('reports a code once while it stays in view', () => {
    const fresh = repeatFilter(2000);
    expect(fresh('A', 0)).toBe(true);
    expect(fresh('A', 500)).toBe(false);
    expect(fresh('A', 2400)).toBe(false);
  });

  it('reports it again after 2 s out of view, and reports another code at once', () => {
    const fresh = repeatFilter(2000);
    expect(fresh('A', 0)).toBe(true);
    expect(fresh('B', 100)).toBe(true);
    expect(fresh('A', 200)).toBe(true);
    expect(fresh('A', 2300)).toBe(true);
  });
});
