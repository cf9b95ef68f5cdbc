// Taking a camera frame for the decoder. Where the browser has VideoFrame the grab is the frame
// itself (no copy, no wait): it is transferred, and the worker crops it and reads its pixels. Where
// it has not, a bitmap of the crop is made first (29–78 ms on a desk tablet).
import type { Crop } from './decode-protocol';

export type Grab = { frame: VideoFrame } | { bitmap: ImageBitmap; crop: Crop };

export const grabIsCheap = typeof VideoFrame === 'function';

/** `crop` is called only where the crop is made here (no VideoFrame). */
export async function grabFrame(video: HTMLVideoElement, crop: () => Crop): Promise<Grab> {
  if (grabIsCheap) return { frame: new VideoFrame(video) };
  const { sx, sy, sw, sh, width, height } = crop();
  const bitmap = await createImageBitmap(video, sx, sy, sw, sh, {
    resizeWidth: width,
    resizeHeight: height,
  });
  return { bitmap, crop: { sx: 0, sy: 0, sw: width, sh: height, width, height } };
}

export const closeGrab = (grab: Grab) => ('frame' in grab ? grab.frame : grab.bitmap).close();

/** Calls `then` with the time the next camera frame was captured (or shown, where unknown). */
export function onNextFrame(video: HTMLVideoElement, then: (shotAt: number) => void): void {
  if ('requestVideoFrameCallback' in video) {
    video.requestVideoFrameCallback((_, meta) => then(meta.captureTime ?? meta.presentationTime));
  } else {
    requestAnimationFrame(then);
  }
}
