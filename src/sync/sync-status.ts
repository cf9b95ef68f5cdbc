// Turns engine outcomes into the SyncStatus fields the UI shows (i18n keys for failures).
import type { SyncStatus } from '../app/services';
import type { ApiFailure } from './api-client';

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
