// Which part of a video frame goes to the decoder. Most frames send the centre square the UI
// frames (fewer pixels, faster, bigger modules); every other frame sends the whole picture,
// scaled down, so a code held off-centre is still read.
import type { Crop } from './decode-protocol';

const CENTRE_SHARE = 0.6;
const FULL_WIDTH = 960;

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
    width: side,
    height: side,
  };
}
