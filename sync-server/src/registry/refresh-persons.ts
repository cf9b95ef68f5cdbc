// Re-derives and re-matches the persons some check-ins belong to, after those check-ins arrived
// or were corrected or voided, or after the registry changed under them. A corrected check-in may
// leave one person (forgotten when nothing is left of it) and join another, whose other check-ins
// are read again with it.
import { identityKey, platformPersons } from '../../../src/domain/registry/platform-persons';
import type { Store } from '../store/store';
import { checkinReader } from './checkin-reader';
import { matchesRepo } from './matches-repo';
import { personKey } from './person-key';
import type { RegistrySource } from './source';
import { storeMatches } from './store-matches';

export async function refreshPersons(
  store: Store,
  source: RegistrySource,
  touched: { checkinIds?: readonly string[]; personKeys?: readonly string[] },
): Promise<number> {
  const repo = matchesRepo(store);
  const reader = checkinReader(store);
  const checkinIds = touched.checkinIds ?? [];
  const oldKeys = [...(await repo.personKeysOf(checkinIds)), ...(touched.personKeys ?? [])];
  const ids = new Set([...checkinIds, ...(await repo.recordIdsOf(oldKeys))]);
  const records = await reader.byIds([...ids]);
  const joined = records.map((r) => personKey(identityKey(r.citizen)));
  const more = (await repo.recordIdsOf([...new Set(joined)])).filter((id) => !ids.has(id));
  records.push(...(await reader.byIds(more)));

  const persons = platformPersons(records, personKey);
  const now = new Set(persons.map((p) => p.personKey));
  const gone = [...new Set(oldKeys)].filter((k) => !now.has(k));
  await store.transaction(async (tx) => {
    await matchesRepo(tx).remove(gone);
    // Check-ins voided or gone from every person drop their link.
    await matchesRepo(tx).unlink([...ids, ...more]);
  });
  const siteOf = new Map(records.map((r) => [r.recordId, r.siteId]));
  await storeMatches(store, source, persons, { siteOf });
  return persons.length;
}
