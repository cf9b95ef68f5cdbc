// Messages between the scanner and its decoding worker.
export interface DecodeRequest {
  id: number;
  bitmap: ImageBitmap;
}

/** `texts`: every code read in the frame (none, one, or a card beside another QR). */
export type DecodeResponse = { id: number; texts: string[] } | { id: number; error: string };
