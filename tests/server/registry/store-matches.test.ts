// Storing matches a batch at a time, each batch matched while the one before it commits: every
// person stored once, and a failure on either side stops the run with nothing left writing.
// SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlatformPerson, RegistryPerson } from '../../../src/domain/registry/types';
import { matchesRepo } from '../../../sync-server/src/registry/matches-repo';
import type { RegistrySource } from '../../../sync-server/src/registry/source';
import { storeMatches } from '../../../sync-server/src/registry/store-matches';
import { createTestApp, type TestApp } from '../helpers/test-app';

// Three batches of 2,000 and a short fourth one.
const PERSONS: PlatformPerson[] = Array.from({ length: 6500 }, (_, i) => ({
  personKey: `p-${String(i).padStart(5, '0')}`,
  recordIds: [`r-${i}`],
  fullName: 'Nguyễn Văn An',
  dob: '1990-01-01',
}));
const nobody: RegistrySource = { byIds: async () => [], candidates: async (p) => p.map(() => []) };

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.close());

const stored = async () => (await matchesRepo(t.store).allKeys()).length;

describe('storeMatches', () => {
  it('stores every person once and tells each batch as it is written', async () => {
    const told: number[] = [];
    await storeMatches(t.store, nobody, PERSONS, {
      siteOf: new Map(),
      onBatch: (n) => told.push(n),
    });
    expect(await stored()).toBe(6500);
    expect(told).toEqual([2000, 4000, 6000, 6500]);
  });

  it('stops at a failed write, and a failed read waits for the write before it', async () => {
    const writes = vi.spyOn(t.store, 'transaction');
    writes.mockImplementationOnce(async () => {
      throw new Error('disk full');
    });
    await expect(storeMatches(t.store, nobody, PERSONS, { siteOf: new Map() })).rejects.toThrow(
      'disk full',
    );
    writes.mockRestore();
    expect(await stored()).toBe(0);

    // The second batch's candidates fail while the first batch is being written.
    let calls = 0;
    const failing: RegistrySource = {
      byIds: async () => [] as RegistryPerson[],
      candidates: async (p) => {
        if (++calls === 2) throw new Error('registry unreachable');
        return p.map(() => []);
      },
    };
    await expect(storeMatches(t.store, failing, PERSONS, { siteOf: new Map() })).rejects.toThrow(
      'registry unreachable',
    );
    expect(await stored()).toBe(2000);
  });
});
