// The sync status the UI shows, and how engine outcomes become its fields (i18n keys for
// failures). Declared here, beside the engine that produces it, so sync needs nothing above it.
import type { ApiFailure } from './api-client';

export interface PullProgress {
  /** Changes stored so far in this pull. */
  done: number;
  /** done + what the server says remains; 0 while unknown. */
  total: number;
}

export interface SyncStatus {
  online: boolean;
  /** Records in the outbox not yet confirmed by the server. */
  queued: number;
  /** Rejected records waiting for a person to look at them. */
  needsAttention: number;
  /** ISO time of the last push or pull the server answered completely; null if never. */
  lastSyncAt: string | null;
  pushing: boolean;
  /** Non-null while reference data is being pulled. */
  pull: PullProgress | null;
  /** Last failure, as an i18n key plus detail, cleared by the next success. */
  lastError: { key: string; detail?: string } | null;
}

export const INITIAL_STATUS: SyncStatus = {
  online: true,
  queued: 0,
  needsAttention: 0,
  lastSyncAt: null,
  pushing: false,
  pull: null,
  lastError: null,
};

/** i18n key for a failure: sync.unreachable | sync.serverError | sync.unauthorized | sync.badRequest | sync.badResponse */
export function failureKey(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'retryable':
      return failure.status === undefined ? 'sync.unreachable' : 'sync.serverError';
    case 'unauthorized':
      return 'sync.unauthorized';
    case 'bad-request':
      return 'sync.badRequest';
    case 'bad-response':
      return 'sync.badResponse';
  }
}

/** The server did not answer at all (as opposed to answering with an error). */
export function isUnreachable(failure: ApiFailure): boolean {
  return failure.kind === 'retryable' && failure.status === undefined;
}
