// The storage the sync engines need, declared here as small interfaces that src/services fills
// with the Dexie repositories: sync stays network-only and imports nothing of src/data, while the
// push/pull/retry logic stays whole in one place and is tested against real repositories or fakes.
import type { Change } from '../domain/protocol';
import type { FieldError, VaxRecord } from '../domain/records';

/** The meta key the last answered sync is kept under. */
export const META_LAST_SYNC_AT = 'lastSyncAt';

/** Records waiting for the server. */
export interface OutboxStore {
  /** The next batch to send, oldest first, within the protocol's size limits. */
  peekBatch(): Promise<VaxRecord[]>;
  markSynced(ids: readonly string[]): Promise<void>;
  moveToAttention(id: string, errors: FieldError[]): Promise<void>;
  recordAttempt(ids: readonly string[]): Promise<void>;
  count(): Promise<number>;
}

/** Rejected records waiting for a person. */
export interface AttentionStore {
  count(): Promise<number>;
}

/** The pulled reference data and the cursor it was stored with, written together. */
export interface ReferenceStore {
  applyChanges(changes: readonly Change[], cursor: string): Promise<void>;
  cursor(): Promise<string | undefined>;
}

/** Small keyed values (the last sync time). */
export interface MetaStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export type DccListName = 'trust-list' | 'revocation-list';

/** A certificate list as stored: the server's JSON text and the ETag it came with. */
export interface StoredDccList {
  name: DccListName;
  json: string;
  etag?: string;
  /** UTC ISO time the server last answered for it. */
  checkedAt: string;
}

/** The pulled certificate lists. */
export interface DccListStore {
  get(name: DccListName): Promise<StoredDccList | undefined>;
  put(list: StoredDccList): Promise<void>;
  touch(name: DccListName, checkedAt: string): Promise<void>;
}
