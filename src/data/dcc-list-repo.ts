// The certificate lists the tablet pulled (trust list, revocation list), one row each.
import type { DccListRow, VaxDb } from './db';

export type DccListName = DccListRow['name'];

export class DccListRepository {
  constructor(private readonly db: VaxDb) {}

  get(name: DccListName): Promise<DccListRow | undefined> {
    return this.db.dccLists.get(name);
  }

  async put(row: DccListRow): Promise<void> {
    await this.db.dccLists.put(row);
  }

  /** The server answered 304: the stored list is current as of `checkedAt`. */
  async touch(name: DccListName, checkedAt: string): Promise<void> {
    await this.db.dccLists.update(name, { checkedAt });
  }
}
