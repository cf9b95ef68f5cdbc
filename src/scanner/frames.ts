// Which part of a video frame goes to the decoder. Even frames send the centre square the UI
// frames, upscaled twice (the worker's canvas scales it): small, blurred modules of a card held a
// little far read far more often so (83 → 93% of hard frames, tests/bench/hard-frames.ts). Odd
// frames send the whole picture, so a code held off-centre is still read; scaled down only beyond
// 1280 px wide, because at 960 px the same hard frames read 57% instead of 83%.
import type { Crop } from './decode-protocol';

const CENTRE_SHARE = 0.6;
const CENTRE_SCALE = 2;
const FULL_WIDTH = 1280;

export function frameRegion(width: number, height: number, frameIndex: number): Crop {
  if (frameIndex % 2 === 1) {
    const scaled = Math.min(width, FULL_WIDTH);
    const f = scaled / width;
    return { sx: 0, sy: 0, sw: width, sh: height, width: scaled, height: Math.round(height * f) };
  }
  const side = Math.floor(Math.min(width, height) * CENTRE_SHARE);
  return {
    sx: Math.floor((width - side) / 2),
    sy: Math.floor((height - side) / 2),
    sw: side,
    sh: side,
    width: side * CENTRE_SCALE,
    height: side * CENTRE_SCALE,
  };
}
