// Wrong PINs per staff member, kept in IndexedDB (the meta table, one row per person) so that a
// reload, a crash or a second tab does not lift a lockout: a stolen tablet gets its few guesses
// per person and then waits, however often the page is reopened.
import type { VaxDb } from './db';

export interface PinFailures {
  count: number;
  /** Epoch ms: failures older than this no longer count, and a lockout ends. */
  until: number;
}

export interface PinFailureStore {
  /**
   * Replaces a person's failures with what `change` makes of them (undefined clears them), in one
   * transaction, so tabs trying at once each see the other's count. Returns what was stored.
   */
  update(
    staffId: string,
    change: (current: PinFailures | undefined) => PinFailures | undefined,
  ): Promise<PinFailures | undefined>;
}

const keyOf = (staffId: string): string => `pinFailures:${staffId}`;

export class PinFailureRepository implements PinFailureStore {
  constructor(private readonly db: VaxDb) {}

  update(
    staffId: string,
    change: (current: PinFailures | undefined) => PinFailures | undefined,
  ): Promise<PinFailures | undefined> {
    const { meta } = this.db;
    const key = keyOf(staffId);
    return this.db.transaction('rw', meta, async () => {
      const next = change((await meta.get(key))?.value as PinFailures | undefined);
      if (next === undefined) await meta.delete(key);
      else await meta.put({ key, value: next });
      return next;
    });
  }
}
