// When the tablet syncs without anyone asking: at start, when the network or the app comes
// back, on timers, shortly after each save, and when the service worker's Background Sync fires.
export interface Syncable {
  flush(): Promise<void>;
  pull(): Promise<void>;
}

export interface TriggerOptions {
  flushEveryMs?: number;
  /** Frequent small pulls keep other tablets' records visible here within seconds. */
  pullEveryMs?: number;
  saveDebounceMs?: number;
}

export interface Triggers {
  /** Call after each saved record: flushes once saving pauses, and asks for Background Sync. */
  saved(): void;
  stop(): void;
}

const BACKGROUND_SYNC_TAG = 'vax-outbox';

function requestBackgroundSync(): void {
  const sw = globalThis.navigator?.serviceWorker;
  if (sw === undefined) return;
  void sw.ready
    .then((reg) =>
      (reg as { sync?: { register(tag: string): Promise<void> } }).sync?.register(
        BACKGROUND_SYNC_TAG,
      ),
    )
    .catch(() => {}); // unsupported or denied: the timers and `online` still cover it
}

export function startTriggers(target: Syncable, options: TriggerOptions = {}): Triggers {
  const { flushEveryMs = 30_000, pullEveryMs = 2_000, saveDebounceMs = 1_000 } = options;
  const visible = (): boolean => globalThis.document?.visibilityState !== 'hidden';
  const flush = (): void => void target.flush().catch(() => {});
  const pull = (): void => void target.pull().catch(() => {});
  const both = (): void => {
    flush();
    pull();
  };
  const onVisibility = (): void => {
    if (visible()) both();
  };
  const onMessage = (event: MessageEvent): void => {
    if ((event.data as { type?: unknown } | null)?.type === 'flush') flush();
  };

  globalThis.addEventListener?.('online', both);
  globalThis.document?.addEventListener('visibilitychange', onVisibility);
  globalThis.navigator?.serviceWorker?.addEventListener('message', onMessage);
  const flushTimer = setInterval(flush, flushEveryMs);
  const pullTimer = setInterval(() => visible() && pull(), pullEveryMs);
  let debounce: ReturnType<typeof setTimeout> | undefined;
  both();

  return {
    saved() {
      clearTimeout(debounce);
      debounce = setTimeout(flush, saveDebounceMs);
      requestBackgroundSync();
    },
    stop() {
      globalThis.removeEventListener?.('online', both);
      globalThis.document?.removeEventListener('visibilitychange', onVisibility);
      globalThis.navigator?.serviceWorker?.removeEventListener('message', onMessage);
      clearInterval(flushTimer);
      clearInterval(pullTimer);
      clearTimeout(debounce);
    },
  };
}
