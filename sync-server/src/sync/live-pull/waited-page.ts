// A pull that waits: the page after the cursor as soon as it has something, else once `waitMs`
// passes (or `stop` aborts) with the empty page, exactly as an ordinary pull would answer.
import type { PullResponse } from '../../../../src/domain/protocol';
import type { DeviceIdentity } from '../../devices';
import type { Store } from '../../store/store';
import { pullPage } from '../pull';
import type { ChangeFeed } from '../../store/change-feed';

export async function waitedPage(
  store: Store,
  feed: ChangeFeed,
  device: DeviceIdentity,
  afterSeq: number,
  limit: number,
  waitMs: number,
  stop: AbortSignal,
): Promise<PullResponse> {
  const until = AbortSignal.any([stop, AbortSignal.timeout(waitMs)]);
  for (;;) {
    // Listening before reading: a commit during the read wakes the wait that follows it.
    const moved = feed.next(device.siteId, until);
    const page = await pullPage(store, device, afterSeq, limit);
    // A wake may be for changes this device cannot see (its own records): it reads again.
    if (page.changes.length > 0 || until.aborted) return page;
    await moved;
    if (until.aborted) return page;
  }
}
