// Small singletons kept next to the data they describe (the pull cursor here; the last sync time
// under the key sync declares in src/sync/stores.ts).
import type { VaxDb } from './db';

export const META_PULL_CURSOR = 'pullCursor';

export class MetaRepository {
  constructor(private readonly db: VaxDb) {}

  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.db.meta.get(key);
    return row?.value as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }
}
