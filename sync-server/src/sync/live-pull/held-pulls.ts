// The pulls held open (long-poll): one per device, a second replacing the first (a tablet that
// gave up on its wait and asked again), and at most `max` in all; past that a pull is answered at
// once. Closing answers every held pull at once, so that the server stops quickly.

export interface HeldPull {
  /** Aborts when the pull must be answered now: replaced, disconnected, or the server stops. */
  signal: AbortSignal;
  release(): void;
}

export interface HeldPulls {
  /** A place for this device's wait, or undefined when every place is taken or closing. */
  hold(deviceId: string): HeldPull | undefined;
  readonly size: number;
  close(): void;
}

export function heldPulls(max: number): HeldPulls {
  const byDevice = new Map<string, AbortController>();
  let closed = false;
  return {
    hold(deviceId) {
      const before = byDevice.get(deviceId);
      byDevice.delete(deviceId);
      before?.abort();
      if (closed || byDevice.size >= max) return undefined;
      const held = new AbortController();
      byDevice.set(deviceId, held);
      return {
        signal: held.signal,
        release() {
          held.abort();
          if (byDevice.get(deviceId) === held) byDevice.delete(deviceId);
        },
      };
    },
    get size() {
      return byDevice.size;
    },
    close() {
      closed = true;
      for (const held of byDevice.values()) held.abort();
      byDevice.clear();
    },
  };
}
