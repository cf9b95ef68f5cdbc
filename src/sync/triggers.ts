// When the tablet syncs without anyone asking: at start, when the network or the app comes
// back, on a timer, shortly after each save, and when the service worker's Background Sync fires.
// Other tablets' records arrive through the live pull (live-pull.ts), not a timer.
import { startLivePull } from './live-pull';
import type { WaitOutcome } from './sync-engine';

export interface Syncable {
  flush(): Promise<void>;
  pull(): Promise<void>;
  pullWaiting(seconds: number): Promise<WaitOutcome>;
}

export interface TriggerOptions {
  flushEveryMs?: number;
  saveDebounceMs?: number;
  random?: () => number;
}

export interface Triggers {
  /** Call after each saved record: flushes once saving pauses, and asks for Background Sync. */
  saved(): void;
  /** The device can pull now (just enrolled): the live pull starts without waiting its rest. */
  wake(): void;
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
  const { flushEveryMs = 30_000, saveDebounceMs = 1_000, random } = options;
  const visible = (): boolean => globalThis.document?.visibilityState !== 'hidden';
  const online = (): boolean => globalThis.navigator?.onLine ?? true;
  const live = startLivePull({
    pullWaiting: (seconds) => target.pullWaiting(seconds),
    ready: () => online() && visible(),
    random,
  });
  // After a push, what the server derived from it (dose histories) is there to pull at once.
  const flush = (): void => void target.flush().then(live.wake, () => {});
  const pull = (): void => void target.pull().catch(() => {});
  const both = (): void => {
    flush();
    pull();
    live.wake();
  };
  const onVisibility = (): void => {
    if (visible()) both();
  };
  const onMessage = (event: MessageEvent): void => {
    if ((event.data as { type?: unknown } | null)?.type === 'flush') flush();
  };

  globalThis.addEventListener?.('online', both);
  // A held pull may sit on a dead connection for its whole wait: a pull now fails at once, so the
  // status bar says "offline" when the network goes, as the 2 s polling used to make it say.
  globalThis.addEventListener?.('offline', pull);
  globalThis.document?.addEventListener('visibilitychange', onVisibility);
  globalThis.navigator?.serviceWorker?.addEventListener('message', onMessage);
  const flushTimer = setInterval(flush, flushEveryMs);
  let debounce: ReturnType<typeof setTimeout> | undefined;
  both();

  return {
    saved() {
      clearTimeout(debounce);
      debounce = setTimeout(flush, saveDebounceMs);
      requestBackgroundSync();
    },
    wake: live.wake,
    stop() {
      globalThis.removeEventListener?.('online', both);
      globalThis.removeEventListener?.('offline', pull);
      globalThis.document?.removeEventListener('visibilitychange', onVisibility);
      globalThis.navigator?.serviceWorker?.removeEventListener('message', onMessage);
      clearInterval(flushTimer);
      live.stop();
      clearTimeout(debounce);
    },
  };
}
