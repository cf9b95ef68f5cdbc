// Messages between the scanner and its decoding worker.

/** The part of `image` to decode (source rectangle) and the size to decode it at. */
export interface Crop {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  width: number;
  height: number;
}

export interface DecodeRequest {
  id: number;
  /** Transferred, closed by the worker: a camera frame where the browser has VideoFrame, else a
   * bitmap already cropped to `crop`. */
  image: VideoFrame | ImageBitmap;
  crop: Crop;
}

/** `texts`: every code read in the frame (none, one, or a card beside another QR); `ms`: the
 * worker's time on it, from the frame's pixels to the answer. */
export type DecodeResponse =
  { id: number; texts: string[]; ms: number } | { id: number; error: string };
