// Pages through /sync/pull from the stored cursor. The next page is fetched while the current
// one is written to IndexedDB, so network and storage overlap instead of taking turns. The first
// request may ask the server to wait for changes (long-poll); the pages after it never wait.
import { MAX_PULL_LIMIT } from '../domain/protocol';
import type { ApiClient, ApiFailure, PullWait } from './api-client';
import type { ReferenceStore } from './stores';
import type { PullProgress } from './sync-status';

/** The largest page the server serves: fewer round trips and transactions per pull. */
export const PULL_PAGE_SIZE = MAX_PULL_LIMIT;

export interface PullEngineDeps {
  api: Pick<ApiClient, 'pull'>;
  reference: ReferenceStore;
  pageSize?: number;
}

/** `heldSeconds`: how long the server held the first request at most (absent: it cannot). */
export type PullOutcome =
  | { ok: true; applied: number; heldSeconds?: number }
  | { ok: false; failure: ApiFailure; applied: number };

export async function pullAll(
  deps: PullEngineDeps,
  onProgress: (progress: PullProgress) => void = () => {},
  wait?: PullWait,
): Promise<PullOutcome> {
  const { api, reference, pageSize = PULL_PAGE_SIZE } = deps;
  let done = 0;
  const start = await reference.cursor();
  let next = api.pull(start, pageSize, wait);
  let heldSeconds: number | undefined;
  let first = true;
  for (;;) {
    const response = await next;
    if (!response.ok) return { ok: false, failure: response.failure, applied: done };
    const page = response.value;
    if (first) heldSeconds = page.heldSeconds;
    first = false;
    if (page.more) next = api.pull(page.cursor, pageSize);
    // The page and its cursor are stored together: if this fails, the prefetched page is
    // simply dropped and the next pull starts again from the last stored cursor. The frequent
    // polls that find nothing new write nothing.
    if (page.changes.length > 0 || page.cursor !== start) {
      await reference.applyChanges(page.changes, page.cursor);
    }
    done += page.changes.length;
    onProgress({ done, total: done + page.remaining });
    if (!page.more) {
      return heldSeconds === undefined
        ? { ok: true, applied: done }
        : { ok: true, applied: done, heldSeconds };
    }
  }
}
