// The main thread's side of the decoding worker: frames in, codes out, answered in order.
import type { DecodeRequest, DecodeResponse } from './decode-protocol';

export interface Decoded {
  texts: string[];
  /** The worker's time on the frame. */
  ms: number;
}

export interface Decoder {
  /** The image is transferred (and closed by the worker). Resolves no codes when none was read. */
  decode(image: DecodeRequest['image'], crop: DecodeRequest['crop']): Promise<Decoded>;
  terminate(): void;
}

export function createDecoder(onFatal: () => void): Decoder {
  const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (decoded: Decoded) => void>();
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<DecodeResponse>) => {
    if ('error' in data && data.id === -1) return onFatal();
    const resolve = pending.get(data.id);
    pending.delete(data.id);
    resolve?.('texts' in data ? data : { texts: [], ms: 0 });
  };
  worker.onerror = () => onFatal();
  return {
    decode(image, crop) {
      const id = nextId++;
      const request: DecodeRequest = { id, image, crop };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage(request, [image]);
      });
    },
    terminate() {
      worker.terminate();
      for (const resolve of pending.values()) resolve({ texts: [], ms: 0 });
      pending.clear();
    },
  };
}
