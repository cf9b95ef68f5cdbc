// Which sites' change feeds moved: announced once their changes are committed, and waited on by
// held pulls (sync/pull-routes.ts). In one process the store announces its own commits (and the SQLite
// writer thread relays its commits here); with PostgreSQL every process hears every commit, its
// own included, through LISTEN (store/pg-change-listener.ts).

/** Sites whose feed moved, or 'all' when some announcements may have been missed. */
export type MovedSites = readonly string[] | 'all';

export interface ChangeFeed {
  announce(sites: MovedSites): void;
  /** Resolves at the next announcement naming `siteId` (or 'all'), or once `signal` aborts. */
  next(siteId: string, signal: AbortSignal): Promise<void>;
  /** Every announcement, e.g. to relay it from a writer thread. */
  listen(listener: (sites: MovedSites) => void): () => void;
}

export function changeFeed(): ChangeFeed {
  const waiting = new Map<string, Set<() => void>>();
  const listeners = new Set<(sites: MovedSites) => void>();
  const wake = (siteId: string) => {
    const wakers = waiting.get(siteId);
    waiting.delete(siteId);
    for (const w of wakers ?? []) w();
  };
  return {
    announce(sites) {
      for (const siteId of sites === 'all' ? [...waiting.keys()] : sites) wake(siteId);
      for (const listener of listeners) listener(sites);
    },
    next: (siteId, signal) =>
      new Promise((resolve) => {
        if (signal.aborted) return resolve();
        const done = () => {
          signal.removeEventListener('abort', done);
          const wakers = waiting.get(siteId);
          wakers?.delete(done);
          if (wakers?.size === 0) waiting.delete(siteId);
          resolve();
        };
        const wakers = waiting.get(siteId) ?? new Set();
        wakers.add(done);
        waiting.set(siteId, wakers);
        signal.addEventListener('abort', done, { once: true });
      }),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
