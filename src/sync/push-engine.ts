// Drains the outbox: batch → push → act on each result. An entry leaves the outbox only when the
// server answered for it, so a lost request or a lost response just means sending it again;
// the server answers `duplicate` for what it already stored.
import type { FieldError, VaxRecord } from '../domain/records';
import type { PushResult } from '../domain/protocol';
import type { ApiClient, ApiFailure } from './api-client';
import { fullJitterDelay, sleep as realSleep, type BackoffOptions } from './backoff';
import type { OutboxStore } from './stores';

export interface PushTally {
  synced: number;
  rejected: number;
}

export type PushOutcome = PushTally &
  (
    | { kind: 'done' }
    /** The server answered but mentioned none of the batch: they stay queued for later. */
    | { kind: 'stalled' }
    | { kind: 'failed'; failure: ApiFailure }
  );

export type PushEvent =
  | ({ type: 'answered' } & PushTally)
  | { type: 'retrying'; attempt: number; delayMs: number; failure: ApiFailure };

export interface PushEngineDeps {
  outbox: Omit<OutboxStore, 'count'>;
  api: Pick<ApiClient, 'push'>;
  backoff?: BackoffOptions;
  /** Waits between retries; the sync engine passes one it can wake early (e.g. on `online`). */
  sleep?: (ms: number) => Promise<void>;
  /** Asked before each retry; false ends the run (offline, stopping) and leaves all queued. */
  shouldRetry?: (failure: ApiFailure, attempt: number) => boolean;
  onEvent?: (event: PushEvent) => void;
}

type SendResult = { ok: true } | { ok: false; failure: ApiFailure };

const TOO_LARGE: FieldError = {
  field: '',
  code: 'too-large',
  message: 'The server refuses this record as too large, even on its own.',
};

export class PushEngine {
  constructor(private readonly deps: PushEngineDeps) {}

  /** Pushes until the outbox is empty, the server stops answering usefully, or a failure. */
  async run(): Promise<PushOutcome> {
    const { outbox, backoff, sleep = realSleep, shouldRetry = () => true } = this.deps;
    const tally: PushTally = { synced: 0, rejected: 0 };
    let batch: VaxRecord[] | undefined;
    let attempt = 0;
    for (;;) {
      batch ??= await outbox.peekBatch();
      if (batch.length === 0) return { kind: 'done', ...tally };
      const before = tally.synced + tally.rejected;
      const sent = await this.send(batch, tally);
      if (sent.ok) {
        if (tally.synced + tally.rejected === before) return { kind: 'stalled', ...tally };
        attempt = 0;
        batch = undefined;
        continue;
      }
      const { failure } = sent;
      if (failure.kind !== 'retryable') return { kind: 'failed', failure, ...tally };
      await outbox.recordAttempt(batch.map((r) => r.id));
      if (!shouldRetry(failure, attempt)) return { kind: 'failed', failure, ...tally };
      const delayMs = fullJitterDelay(attempt, backoff);
      this.deps.onEvent?.({ type: 'retrying', attempt, delayMs, failure });
      attempt += 1;
      await sleep(delayMs);
      // Loop with the SAME batch: the server may or may not have stored it.
    }
  }

  /** Pushes `records`, halving on 413 down to single records; applies every answer it gets. */
  private async send(records: VaxRecord[], tally: PushTally): Promise<SendResult> {
    const response = await this.deps.api.push(records);
    if (response.ok) {
      await this.apply(records, response.value.results, tally);
      return { ok: true };
    }
    if (response.failure.status !== 413) return response;
    if (records.length === 1) {
      await this.deps.outbox.moveToAttention(records[0]!.id, [TOO_LARGE]);
      tally.rejected += 1;
      return { ok: true };
    }
    const middle = Math.ceil(records.length / 2);
    const first = await this.send(records.slice(0, middle), tally);
    return first.ok ? this.send(records.slice(middle), tally) : first;
  }

  private async apply(sent: VaxRecord[], results: PushResult[], tally: PushTally): Promise<void> {
    const ids = new Set(sent.map((r) => r.id));
    const mine = results.filter((r) => ids.has(r.id));
    const synced = mine.filter((r) => r.status === 'accepted' || r.status === 'duplicate');
    const rejected = mine.filter((r) => r.status === 'rejected');
    await this.deps.outbox.markSynced(synced.map((r) => r.id));
    for (const r of rejected) await this.deps.outbox.moveToAttention(r.id, r.errors ?? []);
    tally.synced += synced.length;
    tally.rejected += rejected.length;
    this.deps.onEvent?.({ type: 'answered', synced: synced.length, rejected: rejected.length });
  }
}
