// The main thread's side of the decoding worker: one frame in flight, answered in order.
import type { DecodeRequest, DecodeResponse } from './decode-protocol';

export interface Decoder {
  /** The bitmap is transferred (and closed by the worker). Resolves the codes read, maybe none. */
  decode(bitmap: ImageBitmap): Promise<string[]>;
  terminate(): void;
}

export function createDecoder(onFatal: () => void): Decoder {
  const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (texts: string[]) => void>();
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<DecodeResponse>) => {
    if ('error' in data && data.id === -1) return onFatal();
    const resolve = pending.get(data.id);
    pending.delete(data.id);
    resolve?.('texts' in data ? data.texts : []);
  };
  worker.onerror = () => onFatal();
  return {
    decode(bitmap) {
      const id = nextId++;
      const request: DecodeRequest = { id, bitmap };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage(request, [bitmap]);
      });
    },
    terminate() {
      worker.terminate();
      for (const resolve of pending.values()) resolve([]);
      pending.clear();
    },
  };
}
