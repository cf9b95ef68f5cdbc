// One page of a site's changes for one device, with the cursor to ask for the next.
import type { Change, PullResponse } from '../../../src/domain/protocol';
import type { DeviceIdentity } from '../devices';
import type { Store } from '../store/store';
import { encodeCursor } from './cursor';
import { changesRepo } from '../store/repos/changes';

export async function pullPage(
  store: Store,
  device: DeviceIdentity,
  afterSeq: number,
  limit: number,
): Promise<PullResponse> {
  // One read transaction: on SQLite the page and the count see the same snapshot; on PostgreSQL
  // (read committed) the count may include changes committed in between, which only means the
  // tablet asks once more.
  return store.transaction(async (tx) => {
    const rows = await changesRepo(tx).page(device.siteId, device.id, afterSeq, limit);
    const last = rows.at(-1)?.seq ?? afterSeq;
    // A short page is the last one: no need to count.
    const remaining =
      rows.length < limit ? 0 : await changesRepo(tx).countAfter(device.siteId, device.id, last);
    const changes = rows.map(
      (r) => ({ entity: r.entity, op: r.op, key: r.key, data: JSON.parse(r.data) }) as Change,
    );
    return { changes, cursor: encodeCursor(last), more: remaining > 0, remaining };
  });
}
