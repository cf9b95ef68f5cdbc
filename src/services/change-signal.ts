// "Something changed, read again": lets every list on this tablet refresh the moment a record is
// saved here, instead of waiting for its next timer tick (a saved visit that lingered in
// a queue for two seconds could be opened and injected again).
export interface ChangeSignal {
  notify(): void;
  /** Calls `listener` after each change; returns the way to stop. */
  subscribe(listener: () => void): () => void;
}

export function createChangeSignal(): ChangeSignal {
  const listeners = new Set<() => void>();
  return {
    notify() {
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
