// Orchestrates push and pull for the UI: one push run at a time across tabs, a status the UI
// subscribes to, and retry waits that a trigger (network back, "sync now") can cut short.
import type { ApiClient, ApiFailure, PullWait } from './api-client';
import { sleep, type BackoffOptions } from './backoff';
import { createExclusive, type Exclusive } from './exclusive';
import { pullAll } from './pull-engine';
import { PushEngine } from './push-engine';
import {
  META_LAST_SYNC_AT,
  type AttentionStore,
  type MetaStore,
  type OutboxStore,
  type ReferenceStore,
} from './stores';
import {
  INITIAL_STATUS,
  failureKey,
  isUnreachable,
  type PullProgress,
  type SyncStatus,
} from './sync-status';

export interface SyncEngineDeps {
  /** The client for the enrolled device; undefined before enrollment (then nothing syncs). */
  api: () => ApiClient | undefined;
  outbox: OutboxStore;
  attention: AttentionStore;
  reference: ReferenceStore;
  meta: MetaStore;
  exclusive?: Exclusive;
  isOnline?: () => boolean;
  now?: () => Date;
  backoff?: BackoffOptions;
  pullPageSize?: number;
  /** Runs after each answered pull, not awaited (the certificate lists): it cannot fail a pull. */
  afterPull?: () => Promise<unknown>;
}

/**
 * How a waiting pull ended: changes applied (`moved`), held by the server until it had nothing
 * (`held`), answered at once by a server that cannot hold it (`unheld`), given up for a pull the UI
 * asked for (`aborted`), failed, or not run (`skipped`: not enrolled, or another tab pulls).
 */
export type WaitOutcome = 'moved' | 'held' | 'unheld' | 'aborted' | 'failed' | 'skipped';

export class SyncEngine {
  private state: SyncStatus = INITIAL_STATUS;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private readonly exclusive: Exclusive;
  private readonly isOnline: () => boolean;
  private readonly now: () => Date;
  /** Set while a push run waits to retry; aborting it retries at once. */
  private backoffWake: AbortController | null = null;
  /**
   * The push run and the pull in progress, with the client each uses: after the tablet enrolled
   * again, one still running with the old client answers nothing for the new one.
   */
  private pushing: { api: ApiClient; done: Promise<unknown> } | null = null;
  private pulling: { api: ApiClient; done: Promise<unknown>; waiting?: AbortController } | null =
    null;

  constructor(private readonly deps: SyncEngineDeps) {
    this.exclusive = deps.exclusive ?? createExclusive();
    this.isOnline = deps.isOnline ?? (() => globalThis.navigator?.onLine ?? true);
    this.now = deps.now ?? (() => new Date());
    this.state = { ...INITIAL_STATUS, online: this.isOnline() };
  }

  status(): SyncStatus {
    return this.state;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reloads the counts and last sync time from storage (after a save, at start). */
  async refresh(): Promise<void> {
    const [queued, needsAttention, lastSyncAt] = await Promise.all([
      this.deps.outbox.count(),
      this.deps.attention.count(),
      this.deps.meta.get<string>(META_LAST_SYNC_AT),
    ]);
    this.update({ queued, needsAttention, lastSyncAt: lastSyncAt ?? null });
  }

  /** Pushes the outbox; if a run is already waiting to retry, makes it retry now instead. */
  async flush(): Promise<void> {
    const api = this.deps.api();
    if (api === undefined) return;
    // A waiting run retries now; one already running with this client covers this call.
    this.backoffWake?.abort();
    if (this.pushing?.api === api) return;
    // A run with the client from before enrolling again ends at its next try (refused).
    if (this.pushing !== null) await this.pushing.done;
    const done = this.exclusive('vax-sync', () => this.runPush(api));
    const run = { api, done: done.catch(() => undefined) };
    this.pushing = run;
    try {
      await done;
    } finally {
      if (this.pushing === run) this.pushing = null;
    }
  }

  /**
   * Pulls reference data until the server has no more; callers during a pull share it. A pull
   * waiting on the server for changes gives way: whoever asks now wants the data now.
   */
  async pull(): Promise<void> {
    const api = this.deps.api();
    if (api === undefined) return;
    this.pulling?.waiting?.abort();
    if (this.pulling?.api === api && this.pulling.waiting === undefined) {
      await this.pulling.done;
      return;
    }
    await this.startPull(api);
  }

  /**
   * One pull that the server may hold for up to `seconds` until this site's changes move
   * (long-poll); the live loop (live-pull.ts) runs one after another.
   */
  async pullWaiting(seconds: number): Promise<WaitOutcome> {
    const api = this.deps.api();
    if (api === undefined) return 'skipped';
    // A pull in progress brings what is new: wait for it, then wait on the server afresh.
    if (this.pulling !== null) {
      await this.pulling.done;
      return 'moved';
    }
    const waiting = new AbortController();
    return this.startPull(api, { seconds, signal: waiting.signal }, waiting);
  }

  private startPull(api: ApiClient, wait?: PullWait, waiting?: AbortController) {
    const before = this.pulling?.done.catch(() => undefined);
    const pulled = before ? before.then(() => this.runPull(api, wait)) : this.runPull(api, wait);
    const run = {
      api,
      waiting,
      done: pulled.finally(() => {
        if (this.pulling === run) this.pulling = null;
      }),
    };
    this.pulling = run;
    return run.done;
  }

  private async runPull(api: ApiClient, wait?: PullWait): Promise<WaitOutcome> {
    const run = await this.exclusive('vax-pull', async (): Promise<WaitOutcome> => {
      // A waiting pull shows as pulling only once changes arrive: an idle wait is no download.
      if (wait === undefined) this.update({ pull: { done: 0, total: 0 } });
      const onProgress = (pull: PullProgress): void => {
        if (wait === undefined || pull.total > 0) this.update({ pull });
      };
      const deps = { api, reference: this.deps.reference, pageSize: this.deps.pullPageSize };
      try {
        const outcome = await pullAll(deps, onProgress, wait);
        if (!outcome.ok) {
          if (wait?.signal.aborted) return 'aborted';
          this.failed(outcome.failure);
          return 'failed';
        }
        await this.answered();
        void this.deps.afterPull?.().catch(() => undefined);
        if (outcome.applied > 0) return 'moved';
        return (outcome.heldSeconds ?? 0) > 0 ? 'held' : 'unheld';
      } finally {
        this.update({ pull: null });
      }
    });
    return run.ran ? run.value : 'skipped';
  }

  private async runPush(api: ApiClient): Promise<void> {
    this.update({ pushing: true });
    const engine = new PushEngine({
      api,
      outbox: this.deps.outbox,
      backoff: this.deps.backoff,
      sleep: (ms) => this.waitToRetry(ms),
      // Offline, retrying is pointless: the `online` event starts a fresh run.
      shouldRetry: () => this.isOnline(),
      onEvent: (event) => {
        if (event.type === 'answered') void this.answered();
        else this.failed(event.failure);
      },
    });
    try {
      const outcome = await engine.run();
      if (outcome.kind === 'failed') this.failed(outcome.failure);
    } finally {
      this.update({ pushing: false });
      await this.refresh();
    }
  }

  private async waitToRetry(ms: number): Promise<void> {
    this.backoffWake = new AbortController();
    try {
      await sleep(ms, this.backoffWake.signal);
    } finally {
      this.backoffWake = null;
    }
  }

  /** The server answered: only now does "last synced" move. */
  private async answered(): Promise<void> {
    const lastSyncAt = this.now().toISOString();
    await this.deps.meta.set(META_LAST_SYNC_AT, lastSyncAt);
    this.update({ lastSyncAt, online: this.isOnline(), lastError: null });
    await this.refresh();
  }

  private failed(failure: ApiFailure): void {
    const online = this.isOnline() && !isUnreachable(failure);
    this.update({ online, lastError: { key: failureKey(failure), detail: failure.detail } });
  }

  private update(patch: Partial<SyncStatus>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}
