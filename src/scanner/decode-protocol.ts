// Messages between the scanner and its decoding worker.
export interface DecodeRequest {
  id: number;
  bitmap: ImageBitmap;
}

export type DecodeResponse = { id: number; text: string | null } | { id: number; error: string };
